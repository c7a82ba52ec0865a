/* Exponential smoothing as forecasting methods, on top of the ETS family
 * (fc_ets*.c): ses, holt and damped are the forms ETS(A,N,N), ETS(A,A,N)
 * and ETS(A,Ad,N) (FPP3 sections 8.1-8.2 in state-space form, Hyndman et
 * al. 2008 Table 2.2); ets picks a form by AICc or takes the one named.
 * Each fit leaves its forecast means and standard errors in a tsf_path
 * and, for simulation, the fit itself. */
#include <math.h>
#include <string.h>
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"

static const char *const names[] = {"ses", "holt", "damped"};
static const char *const codes[] = {"ANN", "AAN", "AAdN"};

/* Fills p from a fit: means and standard errors of h steps (closed form,
 * Hyndman et al. 2008 chapter 6), the parameters used. */
int tsf_path_from_fit(const tsf_ets_fit *fit, size_t h, tsf_path *p, ts_error *err)
{
    int rc = tsf_ets_moments(&fit->form, &fit->par, fit->sigma2, fit->xn, h, p->mean, p->se, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < h; i++)
        p->se[i] = sqrt(fmax(p->se[i], 0));
    const tsf_ets_form *f = &fit->form;
    p->df = 0;
    p->log_scale = 0;
    p->alpha = fit->par.alpha;
    p->beta = f->trend != 'N' ? fit->par.beta : NAN;
    p->gamma = f->season != 'N' ? fit->par.gamma : NAN;
    p->phi = f->damped ? fit->par.phi : NAN;
    p->sigma = sqrt(fit->sigma2);
    return TS_OK;
}

/* A fit's error as the method's: bad input or parameters as they are, a
 * numerical failure with the method's name. */
static int pass_error(int rc, const ts_error *e, const char *name, ts_error *err)
{
    if (rc == TS_ERANGE)
        return ts_error_set(err, rc, "%s: %s", name, e->msg);
    if (err)
        *err = *e;
    return rc;
}

static tsf_ets_fixed fixed_of(const tsf_fixed *fix)
{
    tsf_ets_fixed x = {fix->alpha, fix->beta, fix->gamma, fix->phi, 0, {0, 0, 0, 1}, 0};
    if (!isnan(fix->start_alpha)) {
        x.has_start = 1;
        x.start = (tsf_ets_par){fix->start_alpha, isnan(fix->start_beta) ? 0 : fix->start_beta,
                                isnan(fix->start_gamma) ? 0 : fix->start_gamma,
                                isnan(fix->start_phi) ? 1 : fix->start_phi};
    }
    return x;
}

int tsf_smooth(const double *y, size_t n, size_t h, int trend, const tsf_fixed *fix, tsf_path *p,
               tsf_ets_fit *fit, ts_error *err)
{
    tsf_ets_form f;
    tsf_ets_fit local;
    if (!fit)
        fit = &local;
    tsf_ets_form_parse(codes[trend], 1, &f, NULL);
    tsf_ets_fixed x = fixed_of(fix);
    /* Parameters of other forms do not apply: gamma has no season here. */
    x.gamma = NAN;
    size_t need = tsf_ets_min_n(&f, &x);
    if (n < need)
        return ts_error_set(err, TS_EINVAL, "%s needs at least %zu observations, the series has %zu",
                            names[trend], need, n);
    ts_error e;
    int rc = tsf_ets_fit_form(&f, y, n, &x, fit, &e);
    if (rc)
        return pass_error(rc, &e, names[trend], err);
    return tsf_path_from_fit(fit, h, p, err);
}

int tsf_ets_method(const double *y, size_t n, size_t h, int m, const ts_fc_options *o,
                   const tsf_fixed *fix, tsf_path *p, tsf_ets_fit *fit, ts_error *err)
{
    tsf_ets_fit local;
    if (!fit)
        fit = &local;
    if (!o->ets_model[0]) {
        int rc = tsf_ets_pick(y, n, m, o, fix, fit, NULL, NULL, err);
        return rc ? rc : tsf_path_from_fit(fit, h, p, err);
    }
    tsf_ets_fixed x = fixed_of(fix);
    x.seasonal_data = m >= 2;
    tsf_ets_form f;
    int rc = tsf_ets_form_parse(o->ets_model, m, &f, err);
    if (rc)
        return rc;
    size_t need = tsf_ets_min_n(&f, &x);
    if (n < need)
        return ts_error_set(err, TS_EINVAL, "ets:%s needs at least %zu observations, the series has %zu",
                            o->ets_model, need, n);
    ts_error e;
    rc = tsf_ets_fit_form(&f, y, n, &x, fit, &e);
    if (rc)
        return pass_error(rc, &e, "ets", err);
    return tsf_path_from_fit(fit, h, p, err);
}

int tsf_ets_pick(const double *y, size_t n, int m, const ts_fc_options *o, const tsf_fixed *fix,
                 tsf_ets_fit *fit, tsf_ets_fit *all, size_t *n_all, ts_error *err)
{
    tsf_ets_fixed x = fixed_of(fix);
    x.seasonal_data = m >= 2;
    /* A start suits one form, not all of them. */
    x.has_start = 0;
    /* --seasonal no keeps the seasonal forms out; yes keeps only them
     * (when the series allows one). */
    int mm = o->seasonal == TS_FC_SEASONAL_NO ? 1 : m;
    ts_error e;
    int rc = tsf_ets_select(y, n, mm, o->seasonal == TS_FC_SEASONAL_YES, &x, fit, all, n_all, &e);
    return rc ? pass_error(rc, &e, "ets", err) : TS_OK;
}
