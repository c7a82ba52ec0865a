/* auto: comb, the equal average of ETS, damped Holt and Theta with
 * intervals from the pool of their forecast distributions (fc_comb.c).
 * On the rolling origins of the M3 competition's series it forecast
 * better than ETS alone on every frequency, and its intervals covered
 * closer to their level (bench/auto_design.sh; figures in
 * docs/ts-forecast.md).  comb keeps the members a short series allows
 * (one member is that member, none naive); a numerical failure falls
 * back to ses, then naive, so auto always answers. */
#include "forecast/forecast_impl.h"

int tsf_auto_run(const double *y, size_t n, const ts_fc_options *o, ts_fc_result *res, ts_error *err)
{
    ts_fc_options ao = *o;
    ao.ets_model[0] = '\0'; /* comb's ets picks its form */
    ao.method = TS_FC_COMB;
    for (;;) {
        ts_error e;
        int rc = ts_forecast_run(y, n, &ao, res, &e);
        /* A numerical failure moves down the chain; a bad option or input
         * is the caller's to know. */
        if (rc != TS_ERANGE || ao.method == TS_FC_NAIVE) {
            if (rc && err)
                *err = e;
            return rc;
        }
        ao.method = ao.method == TS_FC_COMB ? TS_FC_SES : TS_FC_NAIVE;
    }
}
