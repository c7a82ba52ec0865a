/* auto: the ETS model of lowest AICc (fc_ets_fit.c), which on the
 * development series forecast better than every combination of it with
 * damped Holt and Theta tried (rolling origins, bench/auto_design.sh;
 * figures in docs/ts-forecast.md).  A series too short for it gets ses,
 * then naive, so auto always answers. */
#include "forecast/forecast_impl.h"

ts_fc_method tsf_auto_method(size_t n)
{
    if (n >= ts_fc_method_min_points(TS_FC_ETS))
        return TS_FC_ETS;
    return n >= ts_fc_method_min_points(TS_FC_SES) ? TS_FC_SES : TS_FC_NAIVE;
}

int tsf_auto_run(const double *y, size_t n, const ts_fc_options *o, ts_fc_result *res, ts_error *err)
{
    ts_fc_options ao = *o;
    ao.ets_model[0] = '\0'; /* auto's ets picks its form */
    ao.method = tsf_auto_method(n);
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
        ao.method = ao.method == TS_FC_ETS ? TS_FC_SES : TS_FC_NAIVE;
    }
}
