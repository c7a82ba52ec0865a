/* Start-up for programs using libts: dependencies must neither abort nor
 * print on our behalf (GSL's default handler aborts; HDF5 prints stacks). */
#include <gsl/gsl_errno.h>
#include <hdf5.h>
#include "ts.h"

void ts_init(void)
{
    gsl_set_error_handler_off();
    H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
}
