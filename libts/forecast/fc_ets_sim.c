/* Future sample paths of a fitted ETS model: each step draws an
 * innovation from N(0, sigma2) with the caller's GSL generator and runs
 * the model's own equations (y = f + e or y = f (1 + e)), so the paths
 * carry whatever skew and growth of spread the model implies.  Used for
 * intervals that have no closed form, combinations among them. */
#include <math.h>
#include <gsl/gsl_randist.h>
#include "forecast/ets.h"

void tsf_ets_simulate(const tsf_ets_fit *fit, size_t h, size_t npaths, gsl_rng *rng, double *paths)
{
    const tsf_ets_form *f = &fit->form;
    double sigma = sqrt(fit->sigma2);
    for (size_t i = 0; i < npaths; i++) {
        tsf_ets_run s;
        tsf_ets_load(f, fit->xn, &s);
        double *out = paths + i * h;
        for (size_t j = 0; j < h; j++) {
            double fc = tsf_ets_next(f, &fit->par, &s);
            double e = sigma > 0 ? gsl_ran_gaussian_ziggurat(rng, sigma) : 0;
            double y = f->error == 'A' ? fc + e : fc * (1 + e);
            tsf_ets_step(f, &fit->par, &s, y);
            out[j] = y;
        }
    }
}
