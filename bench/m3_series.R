# The M3 competition's yearly, quarterly and monthly series (Makridakis &
# Hibon 2000; 645, 756 and 1,428 series) for bench/accuracy_m4.sh, which
# holds out the last 6, 8 and 18 points: the M3's own horizons, so each
# series' training part is the competition's.  Defines `ser` and `grown`
# as bench/m4_series.R does (every series counts as "grown": the M3 is
# one set).  The data come from R's Mcomp package when it is installed,
# otherwise from its M3.rda file named by M3_RDA; M3_PERIODS (default
# "YEARLY QUARTERLY MONTHLY") and M3_EVERY (keep every k-th series of each
# period, default 1) make a smaller run.
suppressMessages(library(forecast))
rda <- Sys.getenv("M3_RDA")
if (nzchar(rda)) {
  e <- new.env(); load(rda, envir = e); m3 <- get("M3", envir = e)
} else if (requireNamespace("Mcomp", quietly = TRUE)) {
  m3 <- Mcomp::M3
} else {
  stop("the M3 series need R's Mcomp package or M3_RDA=path/to/M3.rda")
}
periods <- strsplit(Sys.getenv("M3_PERIODS", "YEARLY QUARTERLY MONTHLY"), " +")[[1]]
every <- as.integer(Sys.getenv("M3_EVERY", "1"))
ser <- list()
for (p in periods) {
  s <- Filter(function(d) d$period == p, m3)
  for (d in s[seq(1, length(s), by = every)]) {
    # A few series are dated from year 1: given years from 1901, as the
    # development set's day-numbered series (periods need four digits).
    st <- start(d$x)
    if (st[1] < 1000) st[1] <- st[1] + 1900
    ser[[d$sn]] <- ts(c(as.numeric(d$x), as.numeric(d$xx)), start = st, frequency = frequency(d$x))
  }
}
grown <- ser
