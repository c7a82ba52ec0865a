/* Unit tests for fc_combine.c and auto's combination in forecast.c: the
 * AICc and Akaike-weight arithmetic worked by hand, the weighted sum, the
 * method label, and auto on a real series (airmiles, R datasets, 1937-54)
 * checked against its members run one by one: weights recomputed from
 * their residual variances, means and interval ends the weighted averages
 * of theirs.  Also the fallbacks on short series. */
#include "fc_test_util.h"
#include "forecast/forecast_impl.h"

static void aicc_by_hand(void **state)
{
    (void)state;
    /* SSE 50 on n = 20 with 2 estimated (k = 3 with sigma):
     * 20 log(2.5) + 6 + 2*3*4/16. */
    assert_near(tsf_aicc(50, 1000, 20, 2), 20 * log(2.5) + 6 + 1.5, 1e-12);
    /* Undefined when n <= k + 1. */
    assert_true(isnan(tsf_aicc(50, 1000, 4, 2)));
    assert_false(isnan(tsf_aicc(50, 1000, 5, 2)));
    /* An exact fit is floored at 1e-20 of the total sum of squares. */
    assert_near(tsf_aicc(0, 1000, 20, 2), 20 * log(1e-17 / 20) + 7.5, 1e-9);
    assert_near(tsf_aicc(0, 1000, 20, 2), tsf_aicc(1e-30, 1000, 20, 2), 1e-12);
    /* A constant series: no total, still finite. */
    assert_true(isfinite(tsf_aicc(0, 0, 20, 2)));
    const double z[] = {1, 2, 3, 6};
    assert_near(tsf_tss(z, 4), 4 + 1 + 0 + 9, 1e-12); /* about the mean 3 */
}

static void weights_by_hand(void **state)
{
    (void)state;
    double w[3];
    const int all[] = {1, 1, 1};
    const double a[] = {10, 12, 14};
    double s = 1 + exp(-1) + exp(-2);
    assert_int_equal(tsf_comb_weights(a, all, 3, w), 3);
    assert_near(w[0], 1 / s, 1e-15);
    assert_near(w[1], exp(-1) / s, 1e-15);
    assert_near(w[2], exp(-2) / s, 1e-15);
    /* Only differences matter: shifting every AICc changes nothing, even
     * far beyond what exp could take unshifted. */
    const double far[] = {1e6 + 10, 1e6 + 12, 1e6 + 14};
    double v[3];
    tsf_comb_weights(far, all, 3, v);
    assert_near(v[1], w[1], 1e-12);
    /* An undefined AICc, or a member that did not fit, is left out. */
    const double gap[] = {10, NAN, 14};
    assert_int_equal(tsf_comb_weights(gap, all, 3, w), 2);
    assert_near(w[0], 1 / (1 + exp(-2)), 1e-15);
    assert_near(w[1], 0, 0);
    const int not_first[] = {0, 1, 1};
    assert_int_equal(tsf_comb_weights(a, not_first, 3, w), 2);
    assert_near(w[0], 0, 0);
    assert_near(w[1], 1 / (1 + exp(-1)), 1e-15);
    /* No AICc at all: the first member that fitted stands alone. */
    const double none[] = {NAN, NAN, NAN};
    assert_int_equal(tsf_comb_weights(none, not_first, 3, w), 1);
    assert_near(w[0], 0, 0);
    assert_near(w[1], 1, 0);
    assert_near(w[2], 0, 0);
    const int nothing[] = {0, 0, 0};
    assert_int_equal(tsf_comb_weights(none, nothing, 3, w), 0);
}

static void weighted_sum(void **state)
{
    (void)state;
    const double x0[] = {1, 2}, x2[] = {10, 20};
    const double *x[] = {x0, NULL, x2}; /* the member left out has no forecast */
    const double w[] = {0.25, 0, 0.75};
    double out[2] = {99, 99};
    tsf_comb_sum(w, x, 3, 2, out);
    assert_near(out[0], 0.25 + 7.5, 1e-15);
    assert_near(out[1], 0.5 + 15, 1e-15);
}

static void labels(void **state)
{
    (void)state;
    char buf[40];
    unsigned all = 1u << TS_FC_SES | 1u << TS_FC_HOLT | 1u << TS_FC_DAMPED;
    ts_fc_method_label(TS_FC_AUTO, all, buf, sizeof buf);
    assert_string_equal(buf, "comb(ses,holt,damped)");
    ts_fc_method_label(TS_FC_AUTO, 1u << TS_FC_SES | 1u << TS_FC_HOLT, buf, sizeof buf);
    assert_string_equal(buf, "comb(ses,holt)");
    ts_fc_method_label(TS_FC_AUTO, 0, buf, sizeof buf);
    assert_string_equal(buf, "auto");
    ts_fc_method_label(TS_FC_HOLT, 0, buf, sizeof buf);
    assert_string_equal(buf, "holt");
    ts_fc_method_label(TS_FC_AUTO, all, buf, 8); /* truncated, terminated */
    assert_string_equal(buf, "comb(se");
}

/* R: airmiles, 1937-1954 (the M4 bench's training part). */
static const double airmiles[] = {412,  480,  683,  1052, 1385, 1418,  1634,  2178,  3362,
                                  5948, 6109, 5981, 6753, 8003, 10566, 12528, 14760, 16769};

static ts_fc_result *run_method(const double *y, size_t n, ts_fc_method m, size_t h)
{
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.method = m;
    o.horizon = h;
    return fc_run(y, n, &o);
}

/* auto against its members run one by one. */
static void auto_is_the_weighted_members(void **state)
{
    (void)state;
    const size_t n = 18, h = 6;
    ts_fc_result *a = run_method(airmiles, n, TS_FC_AUTO, h);
    assert_int_equal(a->method, TS_FC_AUTO);
    unsigned all = 1u << TS_FC_SES | 1u << TS_FC_HOLT | 1u << TS_FC_DAMPED;
    assert_int_equal(a->members, all);
    assert_true(isnan(a->alpha) && isnan(a->sigma));
    const ts_fc_method m[] = {TS_FC_SES, TS_FC_HOLT, TS_FC_DAMPED};
    /* sigma^2 = SSE / (n - k), k = parameters + states (2, 4, 5), all
     * estimated: AICc from the members' own sigma. */
    const size_t k[] = {2, 4, 5};
    ts_fc_result *r[3];
    double aicc[3], best = HUGE_VAL, sum = 0, w[3];
    for (int i = 0; i < 3; i++) {
        r[i] = run_method(airmiles, n, m[i], h);
        double sse = r[i]->sigma * r[i]->sigma * (double)(n - k[i]);
        double kk = (double)k[i] + 1;
        aicc[i] = (double)n * log(sse / (double)n) + 2 * kk + 2 * kk * (kk + 1) / ((double)n - kk - 1);
        if (aicc[i] < best)
            best = aicc[i];
    }
    for (int i = 0; i < 3; i++)
        sum += w[i] = exp(-0.5 * (aicc[i] - best));
    double wsum = 0;
    for (int i = 0; i < 3; i++) {
        assert_near(a->weight[m[i]], w[i] / sum, 1e-9);
        wsum += a->weight[m[i]];
    }
    assert_near(wsum, 1, 1e-12);
    assert_near(a->weight[TS_FC_NAIVE], 0, 0);
    /* Holt fits this accelerating series best by far. */
    assert_true(a->weight[TS_FC_HOLT] > 0.5);
    for (size_t j = 0; j < h; j++) {
        double mean = 0;
        for (int i = 0; i < 3; i++)
            mean += a->weight[m[i]] * r[i]->mean[j];
        assert_near(a->mean[j], mean, 1e-9 * fabs(mean));
        /* Interval ends: the weighted average of the members' ends. */
        for (size_t l = 0; l < a->n_levels; l++) {
            double lo = 0, hi = 0;
            for (int i = 0; i < 3; i++) {
                lo += a->weight[m[i]] * r[i]->lo[l][j];
                hi += a->weight[m[i]] * r[i]->hi[l][j];
            }
            assert_near(a->lo[l][j], lo, 1e-9 * fabs(lo));
            assert_near(a->hi[l][j], hi, 1e-9 * fabs(hi));
        }
        /* So the 95% half-width is Z95 times the weighted mean of the
         * members' standard errors. */
        double se = 0;
        for (int i = 0; i < 3; i++)
            se += a->weight[m[i]] * (r[i]->hi[1][j] - r[i]->lo[1][j]) / (2 * Z95);
        assert_near((a->hi[1][j] - a->lo[1][j]) / 2, Z95 * se, 1e-9 * se);
    }
    for (int i = 0; i < 3; i++)
        ts_fc_result_free(r[i]);
    ts_fc_result_free(a);
}

/* Short series: members join as their AICc becomes defined (ses from 5
 * points, holt from 7, damped from 8); one member is that method, under
 * 4 points auto is naive. */
static void short_series_fallbacks(void **state)
{
    (void)state;
    static const struct {
        size_t n;
        ts_fc_method method;
        unsigned members;
    } cases[] = {
        {2, TS_FC_NAIVE, 0},
        {3, TS_FC_NAIVE, 0},
        {4, TS_FC_SES, 0}, /* ses fits, its AICc is undefined: alone */
        {6, TS_FC_SES, 0}, /* holt fits, its AICc needs 7 */
        {7, TS_FC_AUTO, 1u << TS_FC_SES | 1u << TS_FC_HOLT},
        {8, TS_FC_AUTO, 1u << TS_FC_SES | 1u << TS_FC_HOLT | 1u << TS_FC_DAMPED},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_fc_result *a = run_method(airmiles, cases[i].n, TS_FC_AUTO, 2);
        assert_int_equal(a->method, cases[i].method);
        assert_int_equal(a->members, cases[i].members);
        if (cases[i].method != TS_FC_AUTO) {
            ts_fc_result *b = run_method(airmiles, cases[i].n, cases[i].method, 2);
            /* the lone method's forecast and parameters, unchanged */
            assert_near(a->mean[1], b->mean[1], 1e-9 * fabs(b->mean[1]));
            assert_near(a->hi[1][1], b->hi[1][1], 1e-9 * fabs(b->hi[1][1]));
            if (cases[i].method == TS_FC_SES)
                assert_near(a->alpha, b->alpha, 1e-12);
            ts_fc_result_free(b);
        }
        ts_fc_result_free(a);
    }
}

FC_TEST_MAIN(cmocka_unit_test(aicc_by_hand), cmocka_unit_test(weights_by_hand),
             cmocka_unit_test(weighted_sum), cmocka_unit_test(labels),
             cmocka_unit_test(auto_is_the_weighted_members),
             cmocka_unit_test(short_series_fallbacks))
