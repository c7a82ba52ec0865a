/* Unit tests for the ETS family (fc_ets*.c) against R's forecast package:
 * tests/fixtures/forecast/ets_r.R fitted every form with ets() on real
 * series and wrote R's estimates; from those same parameters and initial
 * states the likelihood, the last state, sigma^2 and the forecast means
 * and standard deviations must agree with R's to 1e-6, and our own fit of
 * each form must reach at least R's likelihood.  Also R's admissible()
 * on a grid and, off it, the characteristic roots found by GSL's root
 * finder (the admissible test decides without finding them), the damped class-3 moments (where R's are off) against
 * simulation, simulation reproducible by seed, and the intervals of
 * multiplicative errors against the model's simulated paths. */
#include <stdio.h>
#include <stdlib.h>
#include <gsl/gsl_poly.h>
#include <gsl/gsl_rng.h>
#include "fc_test_util.h"
#include "forecast/ets.h"

#define FIX "tests/fixtures/forecast/"
#define MAXN 300

typedef struct {
    char name[32];
    int m;
    size_t n;
    double y[MAXN];
} series;

typedef struct {
    char series[32], form[8];
    tsf_ets_par par;
    double x0[TSF_ETS_MAX_STATE], xn[TSF_ETS_MAX_STATE];
    double lik, sigma2, aicc, mean[8], sd[8];
    size_t ns;
} fit_row;

static series sers[16];
static size_t n_sers;
static fit_row rows[128];
static size_t n_rows;

/* Comma-separated numbers into v (at most max); returns how many. */
static size_t numbers(char *text, double *v, size_t max)
{
    size_t k = 0;
    for (char *tok = strtok(text, ","); tok && k < max; tok = strtok(NULL, ","))
        v[k++] = strcmp(tok, "NA") == 0 ? NAN : strtod(tok, NULL);
    return k;
}

static FILE *open_fixture(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, FIX "%s", name);
    FILE *fp = fopen(path, "r");
    if (!fp)
        fail_msg("cannot open %s (run the tests from the top of the tree)", path);
    return fp;
}

static int load(void **state)
{
    (void)state;
    char line[16384];
    FILE *fp = open_fixture("ets_r_series.tsv");
    while (fgets(line, sizeof line, fp) && n_sers < 16) {
        series *s = &sers[n_sers++];
        char *name = strtok(line, "\t"), *m = strtok(NULL, "\t"), *vals = strtok(NULL, "\t\n");
        snprintf(s->name, sizeof s->name, "%s", name);
        s->m = atoi(m);
        s->n = numbers(vals, s->y, MAXN);
    }
    fclose(fp);
    fp = open_fixture("ets_r_fits.tsv");
    if (!fgets(line, sizeof line, fp))
        return -1;
    while (fgets(line, sizeof line, fp) && n_rows < 128) {
        fit_row *r = &rows[n_rows++];
        char *f[13];
        f[0] = strtok(line, "\t\n");
        for (int i = 1; i < 13; i++)
            f[i] = strtok(NULL, "\t\n");
        snprintf(r->series, sizeof r->series, "%s", f[0]);
        snprintf(r->form, sizeof r->form, "%s", f[1]);
        r->par = (tsf_ets_par){strtod(f[2], NULL), strtod(f[3], NULL), strtod(f[4], NULL), strtod(f[5], NULL)};
        r->ns = numbers(f[6], r->x0, TSF_ETS_MAX_STATE);
        r->lik = strtod(f[7], NULL);
        r->sigma2 = strtod(f[8], NULL);
        r->aicc = strtod(f[9], NULL);
        numbers(f[10], r->xn, TSF_ETS_MAX_STATE);
        numbers(f[11], r->mean, 8);
        numbers(f[12], r->sd, 8);
    }
    fclose(fp);
    return n_sers > 0 && n_rows > 0 ? 0 : -1;
}

static const series *series_of(const fit_row *r)
{
    for (size_t i = 0; i < n_sers; i++)
        if (strcmp(sers[i].name, r->series) == 0)
            return &sers[i];
    fail_msg("series %s missing", r->series);
    return NULL;
}

static tsf_ets_form form_of(const fit_row *r, const series *s)
{
    tsf_ets_form f;
    ts_error err;
    if (tsf_ets_form_parse(r->form, s->m, &f, &err))
        fail_msg("%s", err.msg);
    assert_int_equal(tsf_ets_nstate(&f), r->ns);
    return f;
}

/* |a - b| <= 1e-6 relative to the larger of |b| and scale. */
#define assert_rel(a, b, scale, what)                                                          \
    do {                                                                                       \
        double a_ = (a), b_ = (b), s_ = fmax(fabs(b_), (scale));                               \
        if (!(fabs(a_ - b_) <= 1e-6 * s_))                                                     \
            fail_msg("%s %s %s: %.12g vs R %.12g", r->series, r->form, what, a_, b_);          \
    } while (0)

static void likelihood_as_r(void **state)
{
    (void)state;
    for (size_t i = 0; i < n_rows; i++) {
        const fit_row *r = &rows[i];
        const series *s = series_of(r);
        tsf_ets_form f = form_of(r, s);
        double e[MAXN], xn[TSF_ETS_MAX_STATE], lik;
        assert_int_equal(tsf_ets_filter(&f, &r->par, s->y, s->n, r->x0, e, xn, &lik), 0);
        assert_rel(lik, r->lik, 1, "likelihood");
        for (size_t j = 0; j < r->ns; j++)
            assert_rel(xn[j], r->xn[j], fabs(r->xn[0]), "last state");
        /* sigma^2 counts every parameter and free state, as R does. */
        double sse = 0;
        for (size_t t = 0; t < s->n; t++)
            sse += e[t] * e[t];
        size_t np = tsf_ets_nsmooth(&f) + tsf_ets_nfree(&f);
        assert_rel(sse / (double)(s->n - np), r->sigma2, 0, "sigma2");
    }
}

static void moments_as_r(void **state)
{
    (void)state;
    size_t checked = 0;
    for (size_t i = 0; i < n_rows; i++) {
        const fit_row *r = &rows[i];
        const series *s = series_of(r);
        tsf_ets_form f = form_of(r, s);
        double mean[8], var[8];
        assert_int_equal(tsf_ets_moments(&f, &r->par, r->sigma2, r->xn, 8, mean, var, NULL), TS_OK);
        for (size_t h = 0; h < 8; h++) {
            if (strcmp(r->form, "MAdM") == 0) {
                /* R's reference is the one-step forecast only (ets_r.R
                 * says why); the rest is checked against simulation. */
                if (h == 0)
                    assert_rel(mean[h], r->mean[h], 1, "mean");
                continue;
            }
            assert_rel(mean[h], r->mean[h], 1, "mean");
            /* forecast 8.20's class 1 puts gamma one slot off for the
             * seasonal forms without a trend (its G[3] is the newest
             * season only when a slope precedes it), so their variances
             * part from a season on; later sources place it at the newest
             * season, as here. */
            if (r->form[1] == 'N' && r->form[2] == 'A' && h + 1 >= (size_t)s->m)
                continue;
            assert_rel(sqrt(var[h]), r->sd[h], 1e-6 * fabs(r->mean[h]), "sd");
            checked++;
        }
    }
    assert_true(checked >= 8 * 50);
}

static void fits_reach_r(void **state)
{
    (void)state;
    for (size_t i = 0; i < n_rows; i++) {
        const fit_row *r = &rows[i];
        const series *s = series_of(r);
        tsf_ets_form f = form_of(r, s);
        tsf_ets_fixed fix = {NAN, NAN, NAN, NAN, 0, {0, 0, 0, 0}, 0};
        tsf_ets_fit fit;
        ts_error err;
        if (tsf_ets_fit_form(&f, s->y, s->n, &fix, &fit, &err))
            fail_msg("%s %s: %s", r->series, r->form, err.msg);
        /* Maximum likelihood: at least as likely as R's estimate (R's
         * Nelder-Mead over up to 17 dimensions often stops short). */
        if (!(fit.lik <= r->lik + 1e-6 * fabs(r->lik)))
            fail_msg("%s %s: -2 log L %.6f above R's %.6f", r->series, r->form, fit.lik, r->lik);
        assert_true(tsf_ets_admissible(&f, &fit.par));
        /* The reported likelihood is the model's at its own states. */
        double lik;
        assert_int_equal(tsf_ets_filter(&f, &fit.par, s->y, s->n, fit.x0, NULL, NULL, &lik), 0);
        assert_near(lik, fit.lik, 1e-9 * fabs(lik));
    }
}

static void admissible_as_r(void **state)
{
    (void)state;
    char line[512];
    FILE *fp = open_fixture("ets_r_admissible.tsv");
    size_t n = 0, yes = 0;
    assert_non_null(fgets(line, sizeof line, fp));
    while (fgets(line, sizeof line, fp)) {
        int m, trend, damped, want;
        tsf_ets_par p;
        assert_int_equal(sscanf(line, "%d %d %d %lf %lf %lf %lf %d", &m, &trend, &damped, &p.alpha, &p.beta,
                                &p.gamma, &p.phi, &want), 8);
        tsf_ets_form f = {'A', trend ? 'A' : 'N', m > 1 ? 'A' : 'N', damped, m};
        int got = tsf_ets_admissible(&f, &p);
        if (got != want)
            fail_msg("m %d trend %d damped %d alpha %g beta %g gamma %g phi %g: %d, R %d", m, trend, damped,
                     p.alpha, p.beta, p.gamma, p.phi, got, want);
        n++;
        yes += want;
    }
    fclose(fp);
    assert_int_equal(n, 540);
    assert_true(yes > 100 && yes < 440); /* both sides of the boundary */
}

/* Whether the roots of the seasonal characteristic polynomial lie
 * within 1 + 1e-10 (R's admissible()), by finding them. */
static int roots_found_inside(const tsf_ets_par *p, int m)
{
    double c[TSF_ETS_MAX_M + 2], z[2 * (TSF_ETS_MAX_M + 1)], big = 0;
    tsf_ets_char_poly(p, m, c);
    gsl_poly_complex_workspace *w = gsl_poly_complex_workspace_alloc((size_t)m + 2);
    assert_non_null(w);
    assert_int_equal(gsl_poly_complex_solve(c, (size_t)m + 2, w, z), 0);
    gsl_poly_complex_workspace_free(w);
    for (int k = 0; k <= m; k++)
        big = fmax(big, hypot(z[2 * k], z[2 * k + 1]));
    return big <= 1 + 1e-10;
}

/* Random parameters of damped additive-season models, m 4 and 12, on
 * both sides of the boundary: the admissible verdict is the roots'
 * wherever the simple inequalities before the roots pass. */
static void admissible_as_roots(void **state)
{
    (void)state;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    size_t tested = 0, inside = 0;
    for (int i = 0; i < 40000; i++) {
        int m = i % 2 ? 12 : 4;
        tsf_ets_par p;
        p.alpha = 1.2 * gsl_rng_uniform(r) - 0.1;
        p.beta = p.alpha * gsl_rng_uniform(r);
        p.gamma = (1.2 - p.alpha) * gsl_rng_uniform(r);
        p.phi = 0.7 + 0.3 * gsl_rng_uniform(r);
        double dm = m, phi = p.phi, a = p.alpha, g = p.gamma;
        if (g < fmax(1 - 1 / phi - a, 0) || g > 1 + 1 / phi - a ||
            a < 1 - 1 / phi - g * (1 - dm + phi + phi * dm) / (2 * phi * dm) || p.beta < -(1 - phi) * (g / dm + a))
            continue;
        tsf_ets_form f = {'A', 'A', 'A', 1, m};
        int want = roots_found_inside(&p, m);
        if (tsf_ets_admissible(&f, &p) != want)
            fail_msg("m %d alpha %.17g beta %.17g gamma %.17g phi %.17g: roots say %d", m, p.alpha, p.beta,
                     p.gamma, p.phi, want);
        tested++;
        inside += want;
    }
    gsl_rng_free(r);
    assert_true(tested > 30000);
    assert_true(inside > tested / 4 && inside < 3 * tested / 4);
}

/* Mean and variance of step j over paths[npaths][h]. */
static void path_moments(const double *paths, size_t npaths, size_t h, size_t j, double *mean, double *var)
{
    double s = 0, ss = 0;
    for (size_t i = 0; i < npaths; i++)
        s += paths[i * h + j];
    s /= (double)npaths;
    for (size_t i = 0; i < npaths; i++)
        ss += (paths[i * h + j] - s) * (paths[i * h + j] - s);
    *mean = s;
    *var = ss / (double)(npaths - 1);
}

/* The class-3 moments of MAdM (where R's are off) and of MAM against
 * 200,000 simulated paths of the same fit: means within 0.3%, standard
 * deviations within 2% (the simulation's own error is about a third of
 * that). */
static void class3_by_simulation(void **state)
{
    (void)state;
    enum { H = 16, P = 200000 };
    double *paths = malloc((size_t)P * H * sizeof *paths);
    assert_non_null(paths);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    const char *forms[] = {"MAdM", "MAM", "MNM"};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < n_rows; i++) {
            const fit_row *r = &rows[i];
            if (strcmp(r->form, forms[k]) || strcmp(r->series, "ukgas"))
                continue;
            const series *s = series_of(r);
            tsf_ets_fit fit;
            memset(&fit, 0, sizeof fit);
            fit.form = form_of(r, s);
            fit.par = r->par;
            fit.sigma2 = 0.02; /* wide enough for the sigma2 terms to show */
            memcpy(fit.xn, r->xn, sizeof fit.xn);
            gsl_rng_set(rng, 16);
            tsf_ets_simulate(&fit, H, P, rng, paths);
            double mean[H], var[H];
            assert_int_equal(tsf_ets_moments(&fit.form, &fit.par, fit.sigma2, fit.xn, H, mean, var, NULL),
                             TS_OK);
            for (size_t j = 0; j < H; j++) {
                double sm, sv;
                path_moments(paths, P, H, j, &sm, &sv);
                if (!(fabs(sm - mean[j]) <= 3e-3 * mean[j] && fabs(sqrt(sv) - sqrt(var[j])) <= 0.02 * sqrt(var[j])))
                    fail_msg("%s step %zu: mean %g sd %g, simulated %g %g", forms[k], j + 1, mean[j],
                             sqrt(var[j]), sm, sqrt(sv));
            }
        }
    gsl_rng_free(rng);
    free(paths);
}

/* Multiplicative errors: ts_forecast_run's interval ends for ets:FORM
 * (normal, from the closed-form mean and variance, as R's forecast.ets)
 * against the fitted model's own simulated paths.  One step ahead the
 * forecast is f (1 + e), normal, so each tail holds its share; later the
 * factors (1 + e) multiply and the paths skew, which with a relative
 * sigma near 0.15 (nile, ukgas, usacc) moves a tail by under 0.01.  With
 * airmiles' 0.18 and a trend the skew is strong: 8 steps ahead the 80%
 * interval holds 90% of the paths (docs/ts-forecast.md). */
static void multiplicative_intervals(void **state)
{
    (void)state;
    enum { H = 8, P = 100000 };
    static const char *const cases[][2] = {{"nile", "MNN"}, {"ukgas", "MAM"}, {"usacc", "MNA"},
                                           {"airmiles", "MAN"}};
    double *paths = malloc((size_t)P * H * sizeof *paths);
    assert_non_null(paths);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const series *s = NULL;
        for (size_t i = 0; i < n_sers; i++)
            if (strcmp(sers[i].name, cases[c][0]) == 0)
                s = &sers[i];
        assert_non_null(s);
        ts_fc_options o;
        ts_fc_options_init(&o);
        char name[16];
        snprintf(name, sizeof name, "ets:%s", cases[c][1]);
        assert_int_equal(ts_fc_options_method(&o, name, NULL), TS_OK);
        o.period = s->m;
        o.horizon = H;
        ts_fc_result *r = fc_run(s->y, s->n, &o);
        /* The same fit as the run's. */
        tsf_ets_form f;
        assert_int_equal(tsf_ets_form_parse(cases[c][1], s->m, &f, NULL), TS_OK);
        tsf_ets_fixed fix = {NAN, NAN, NAN, NAN, 0, {0, 0, 0, 0}, s->m >= 2};
        tsf_ets_fit fit;
        assert_int_equal(tsf_ets_fit_form(&f, s->y, s->n, &fix, &fit, NULL), TS_OK);
        assert_near(sqrt(fit.sigma2), r->sigma, 1e-12);
        gsl_rng_set(rng, 7);
        tsf_ets_simulate(&fit, H, P, rng, paths);
        size_t steps = strcmp(cases[c][0], "airmiles") ? H : 1;
        for (size_t k = 0; k < r->n_levels; k++)
            for (size_t j = 0; j < steps; j++) {
                size_t below = 0, above = 0;
                for (size_t i = 0; i < P; i++) {
                    below += paths[i * H + j] < r->lo[k][j];
                    above += paths[i * H + j] > r->hi[k][j];
                }
                double tail = (1 - r->levels[k] / 100) / 2, tol = j == 0 ? 0.004 : 0.01;
                if (!(fabs((double)below / P - tail) <= tol && fabs((double)above / P - tail) <= tol))
                    fail_msg("%s %s %g%% step %zu: %.4f below, %.4f above", cases[c][0], cases[c][1],
                             r->levels[k], j + 1, (double)below / P, (double)above / P);
            }
        ts_fc_result_free(r);
    }
    gsl_rng_free(rng);
    free(paths);
}

/* The same seed gives the same paths; another seed others. */
static void simulation_by_seed(void **state)
{
    (void)state;
    const fit_row *r = &rows[0];
    const series *s = series_of(r);
    tsf_ets_fit fit;
    memset(&fit, 0, sizeof fit);
    fit.form = form_of(r, s);
    fit.par = r->par;
    fit.sigma2 = r->sigma2;
    memcpy(fit.xn, r->xn, sizeof fit.xn);
    double a[50 * 6], b[50 * 6];
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(rng, 42);
    tsf_ets_simulate(&fit, 6, 50, rng, a);
    gsl_rng_set(rng, 42);
    tsf_ets_simulate(&fit, 6, 50, rng, b);
    assert_memory_equal(a, b, sizeof a);
    gsl_rng_set(rng, 43);
    tsf_ets_simulate(&fit, 6, 50, rng, b);
    assert_true(memcmp(a, b, sizeof a) != 0);
    gsl_rng_free(rng);
}

static void form_codes(void **state)
{
    (void)state;
    static const char *const good[] = {"ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN", "ANA", "AAA",
                                       "AAdA", "MNA", "MAA", "MAdA", "MNM", "MAM", "MAdM"};
    for (size_t i = 0; i < 15; i++) {
        tsf_ets_form f;
        char code[8];
        assert_int_equal(tsf_ets_form_parse(good[i], 12, &f, NULL), TS_OK);
        tsf_ets_form_code(&f, code, sizeof code);
        assert_string_equal(code, good[i]);
        assert_int_equal(f.m, good[i][strlen(good[i]) - 1] == 'N' ? 1 : 12);
    }
    tsf_ets_form f;
    ts_error err;
    assert_int_equal(tsf_ets_form_parse("ANM", 4, &f, &err), TS_EINVAL);
    assert_string_equal(err.msg, "ETS ANM is left out: additive errors with a multiplicative season have no "
                                 "finite forecast variance");
    assert_int_equal(tsf_ets_form_parse("AMN", 4, &f, &err), TS_EINVAL);
    assert_string_equal(err.msg, "'AMN' is not an ETS model: error A or M, trend N, A or Ad, season N, A or M "
                                 "(e.g. ANN, MAdM)");
    assert_int_equal(tsf_ets_form_parse("ANdN", 4, &f, &err), TS_EINVAL);
    assert_int_equal(tsf_ets_form_parse("AAA", 1, &f, &err), TS_EINVAL);
    assert_string_equal(err.msg, "ETS AAA has a season, but the series has 1 observation a year");
}

FC_TEST_MAIN(cmocka_unit_test_setup(likelihood_as_r, load), cmocka_unit_test(moments_as_r),
             cmocka_unit_test(fits_reach_r), cmocka_unit_test(admissible_as_r),
             cmocka_unit_test(admissible_as_roots),
             cmocka_unit_test(class3_by_simulation), cmocka_unit_test(simulation_by_seed),
             cmocka_unit_test(multiplicative_intervals),
             cmocka_unit_test(form_codes))
