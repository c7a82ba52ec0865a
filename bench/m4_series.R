# The development series of bench/accuracy_m4.sh and bench/auto_design.sh:
# real annual, quarterly and monthly series of the R packages datasets,
# tseries, lmtest and urca.  Sourced by their R scripts; defines `ser`
# (every series, by name) and `grown` (the series added to the first 28).
suppressMessages(library(forecast)) # woolyrnq, wineind and gas are its data
q <- function(x) aggregate(x, nfrequency = 4)
ser <- list(
  # annual (h = 6)
  nile = Nile, lakehuron = LakeHuron, lynx = lynx, airmiles = airmiles, nhtemp = nhtemp,
  sunspot_year = sunspot.year, wwwusage = ts(WWWusage, start = 1901), lh = ts(lh, start = 1901),
  bjsales = ts(BJsales, start = 1801), treering_tail = ts(tail(as.numeric(treering), 120), start = 1861),
  # quarterly (h = 8)
  austres = austres, jj = JohnsonJohnson, ukgas = UKgas, woolyrnq = woolyrnq,
  air_q = q(AirPassengers), usacc_q = q(USAccDeaths), nottem_q = q(nottem), co2_q = q(co2),
  # monthly (h = 18)
  air = AirPassengers, co2 = co2, usacc = USAccDeaths, nottem = nottem, ldeaths = ldeaths,
  mdeaths = mdeaths, fdeaths = fdeaths, ukdriver = UKDriverDeaths, wineind = wineind, gas = gas)
# The grown set: every other positive annual, quarterly or monthly series
# without gaps in the installed R packages datasets, tseries, lmtest and
# urca (leading missing years dropped; levels rather than their logs;
# day-numbered series given years from 1901, as WWWusage and lh above;
# columns that duplicate a series above, or are differences, are left out).
pkg <- function(p, d) { e <- new.env(); data(list = d, package = p, envir = e); get(d, envir = e) }
np <- function(v) exp(na.omit(pkg("tseries", "NelPlo")[, v])) # stored as logs
le <- function(d, v) pkg("lmtest", d)[, v]
ur <- function(v) pkg("urca", "UKconsumption")[, v]
sb <- function(v) Seatbelts[, v]
grown <- list(
  # annual (h = 6)
  bev = pkg("tseries", "bev"), nelplo_cpi = np("cpi"), nelplo_gnp_real = np("gnp.real"), nelplo_emp = np("emp"),
  nelplo_nom_wages = np("nom.wages"), nelplo_unemp = np("unemp"), chicken = le("ChickEgg", "chicken"),
  egg = le("ChickEgg", "egg"), ftemp = ts(pkg("lmtest", "ftemp"), start = 1901),
  unemployment = le("unemployment", "UN"), usdistlag_cons = le("USDistLag", "consumption"),
  usdistlag_gnp = le("USDistLag", "gnp"),
  # quarterly (h = 8)
  ukcons_cons = ur("cons"), ukcons_inc = ur("inc"), ukcons_price = ur("price"),
  useco_gnp = exp(pkg("tseries", "USeconomic")[, "log(GNP)"]),
  useco_m1 = exp(pkg("tseries", "USeconomic")[, "log(M1)"]),
  useco_rs = pkg("tseries", "USeconomic")[, "rs"], useco_rl = pkg("tseries", "USeconomic")[, "rl"],
  stocks_vst = le("valueofstocks", "VST"), bond_raarus = le("bondyield", "RAARUS"),
  # monthly (h = 18)
  sb_front = sb("front"), sb_rear = sb("rear"), sb_kms = sb("kms"), sb_petrol = sb("PetrolPrice"),
  sb_van = sb("VanKilled"), tcm10y = pkg("tseries", "tcm")[, "tcm10y"], nino34 = pkg("tseries", "nino")[, "nino3.4"],
  ip = le("ip", "y"), jocci = le("jocci", "y"), lhur = le("lhur", "y"), fyff = le("fyff", "y"),
  pw561 = le("pw561", "y"), gmdc = le("gmdc", "y"))
ser <- c(ser, grown)
