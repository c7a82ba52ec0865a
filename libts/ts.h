/* libts: the public API of tskit, the Vietnamese indicator-report toolkit.
 *
 * Ownership, everywhere in this API: arguments are borrowed (const where
 * read-only) and returned objects belong to the caller, who frees them with
 * the matching ts_x_free / ts_x_close.  Views returned by streaming readers
 * stay valid until the next call on the same reader.
 *
 * Errors: a function that can fail returns TS_OK (0) or a TS_E... code and
 * fills the caller's ts_error (which may be NULL).  A failed call leaves its
 * outputs unchanged.  libts never exits and never prints.
 */
#ifndef TS_H
#define TS_H

#define TS_VERSION "0.1.0"

#include "ts_error.h"
#include "ts_period.h"
#include "ts_vnum.h"
#include "ts_units.h"
#include "ts_catalog.h"
#include "ts_gazetteer.h"
#include "ts_labels.h"
#include "ts_record.h"
#include "ts_sha256.h"
#include "ts_store.h"
#include "ts_plot.h"
#include "ts_forecast.h"

/* Makes the process's dependencies safe for a library that never aborts or
 * prints: turns GSL's aborting error handler off and HDF5's automatic error
 * printing off.  Tools call it once at start-up. */
void ts_init(void);

#endif
