# tskit: one entry point.  `make deps` installs Debian packages, `make`
# builds libts and the tools, `make check` runs every test twice (plain,
# then under ASan+UBSan), `make eval` scores extraction, `make bench` times
# the tools against pandas and Miller, `make demo` runs the researcher's day.

PREFIX ?= /usr/local
CC ?= cc

# MPI=1 builds the same tools against Debian's parallel HDF5 and Open MPI
# (make deps-mpi), in build-mpi/ and bin-mpi/ so that the serial build and
# its tests stay as they are; docs/scale.md.
ifeq ($(MPI),1)
BUILD ?= build-mpi
BIN ?= bin-mpi
else
BUILD ?= build
BIN ?= bin
endif
# The parallel HDF5 packages, found by their pkg-config names.
MPI_HDF5_PC := $(firstword $(foreach p,hdf5-openmpi hdf5-mpich,$(shell pkg-config --exists $(p) 2>/dev/null && echo $(p))))
MPI_RUN := $(shell command -v mpirun 2>/dev/null)
# Debian names the serial HDF5 hdf5-serial; its plain "hdf5" is an
# alternative that installing a parallel HDF5 (make deps-mpi) points at the
# MPI build, which the serial tools must not pick up.
HDF5_PC := $(shell pkg-config --exists hdf5-serial 2>/dev/null && echo hdf5-serial || echo hdf5)
ifeq ($(MPI),1)
HDF5_PC := $(MPI_HDF5_PC)
HDF5_STATIC := 0
ifeq ($(HDF5_PC),)
$(error MPI=1: no parallel HDF5 (pkg-config hdf5-openmpi or hdf5-mpich); run make deps-mpi)
endif
endif
PKGS := gsl $(HDF5_PC) zlib libutf8proc poppler-glib libzip libxml-2.0 nettle libdeflate xlsxwriter

# SAN=1 builds an ASan+UBSan variant (used by `make check` in build/asan);
# float-cast-overflow is named because GCC leaves it out of "undefined".
# It also routes our code's allocations and file writes through the hooks
# of tests/fault/ (inert unless TS_OOM_FAIL or TS_FAULT is set), so that
# tests/e2e/fault.sh can make each one fail in turn.
ifeq ($(SAN),1)
OPT := -O1 -g -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=undefined,float-cast-overflow -fno-omit-frame-pointer
FAULT_CFLAGS := -include tests/fault/fault.h
else
OPT := -O2 -g
# The ETS fit's inner loops (a few million per monthly series) run a
# quarter faster vectorised; -O3 keeps every result bit for bit.
$(BUILD)/libts/forecast/fc_ets.o $(BUILD)/libts/forecast/fc_ets_states.o: OPT := -O3 -g
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# The published formats' libraries are compiled against but not linked:
# libts/text/format_libs.c loads them at the first PDF, Word or
# OpenDocument file, by the sonames found here beside their headers.
DLOPEN_PKGS := poppler-glib libzip libxml-2.0
LINKED_PKGS = $(filter-out $(DLOPEN_PKGS),$(PKGS))
PKG_LIBS = $(shell pkg-config --libs $(LINKED_PKGS) 2>/dev/null)
soname_of = $(shell f=$$(readlink -f "$$(pkg-config --variable=libdir $(1) 2>/dev/null)/$(2).so" 2>/dev/null) && \
	basename "$$f" | sed -n 's/^\($(2)\.so\.[0-9]*\).*/\1/p')
# -DNAME="soname" (one not found keeps format_libs.c's default)
soname_define = $(if $(2),-D$(1)='"$(2)"')
$(BUILD)/libts/text/format_libs.o: CFLAGS += \
	$(call soname_define,TS_POPPLER_GLIB_SO,$(call soname_of,poppler-glib,libpoppler-glib)) \
	$(call soname_define,TS_LIBZIP_SO,$(call soname_of,libzip,libzip)) \
	$(call soname_define,TS_LIBXML2_SO,$(call soname_of,libxml-2.0,libxml2))
CFLAGS_ALL = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -fPIC $(OPT) -Ilibts $(PKG_CFLAGS) $(if $(filter 1,$(MPI)),-DTS_MPI=1) $(CFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -lm -lpthread -ldl $(LDLIBS)

# The tools and tests link HDF5's static archive when it is installed:
# Debian's libhdf5.so loads ~39 shared libraries (curl, gnutls, krb5...),
# 40 ms of every tool start, while the archive brings in only what the
# store calls (plus szip and zlib for its filters).  libts.so keeps the
# shared libhdf5.  HDF5_STATIC=0 forces the shared one.
HDF5_STATIC ?= 1
HDF5_LIBDIRS := $(shell pkg-config --variable=libdir $(HDF5_PC) 2>/dev/null) \
	$(patsubst -L%,%,$(filter -L%,$(shell pkg-config --libs-only-L $(HDF5_PC) 2>/dev/null)))
HDF5_A := $(if $(filter 1,$(HDF5_STATIC)),$(firstword $(wildcard $(addsuffix /libhdf5.a,$(HDF5_LIBDIRS)))))
ifneq ($(HDF5_A),)
HDF5_STATIC_LIBS := -L$(patsubst %/,%,$(dir $(HDF5_A))) -l:libhdf5.a -lsz -lz -ldl
LDLIBS_EXE = $(shell pkg-config --libs $(filter-out $(HDF5_PC),$(LINKED_PKGS)) 2>/dev/null) $(HDF5_STATIC_LIBS) -lm -lpthread $(LDLIBS)
else
LDLIBS_EXE = $(LDLIBS_ALL)
endif
LDFLAGS_ALL = $(OPT) $(LDFLAGS)

# libts.so.MAJOR is the SONAME; the file carries the full version.  Only
# the public ts_ API is exported (libts/libts.map).
VERSION := $(shell sed -n 's/^\#define TS_VERSION "\(.*\)"/\1/p' libts/ts.h)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))
SONAME := libts.so.$(SOMAJOR)

# libts/mpi and the tools' MPI side (tools/common/*_mpi.c) only in MPI
# builds; tools/common/*_serial.c are their one-process counterparts.
ifeq ($(MPI),1)
LIB_SRC := $(wildcard libts/*/*.c)
TOOL_COMMON_SRC := $(filter-out %_serial.c,$(wildcard tools/common/*.c))
PUBLIC_H := libts/ts.h $(wildcard libts/ts_*.h)
else
LIB_SRC := $(filter-out libts/mpi/%,$(wildcard libts/*/*.c))
TOOL_COMMON_SRC := $(filter-out %_mpi.c,$(wildcard tools/common/*.c))
PUBLIC_H := libts/ts.h $(filter-out libts/ts_mpi.h,$(wildcard libts/ts_*.h))
endif
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/builtin_data.o $(if $(FAULT_CFLAGS),$(BUILD)/tests/fault/fault.o)
TOOL_COMMON_OBJ := $(TOOL_COMMON_SRC:%.c=$(BUILD)/%.o)
TOOL_SRC := $(wildcard tools/ts-*.c)
TOOLS := $(TOOL_SRC:tools/%.c=$(BIN)/%)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
EMBED_LEXICON := $(sort $(wildcard datasets/lexicon/*.tsv))

# Keep objects: tools and tests rebuild only what changed.
.SECONDARY:

.PHONY: all deps deps-mpi check check-mpi unit eval bench bench-mpi demo fuzz fixtures install clean print-pkgs FORCE
all: $(BUILD)/libts.a $(BUILD)/libts.so $(TOOLS)

# deps installs the MPI packages too, so that make check compares the MPI
# build with the serial one; deps-mpi installs only those.
deps:
	@sh scripts/deps.sh
deps-mpi:
	@sh scripts/deps.sh mpi

# -MMD: each object depends on the headers it includes, nothing more.
$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(FAULT_CFLAGS) -MMD -MP -c $< -o $@

# The fault hooks call the real functions; every hooked object depends on
# them (the flag is not in its recorded dependencies).
$(BUILD)/tests/fault/fault.o: tests/fault/fault.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@
ifneq ($(FAULT_CFLAGS),)
$(filter-out $(BUILD)/tests/fault/fault.o,$(LIB_OBJ)) $(TOOL_COMMON_OBJ) $(TOOL_SRC:%.c=$(BUILD)/%.o): tests/fault/fault.h
endif

# The catalogue, lexicon and gazetteer are compiled in, so tools need no
# data path.
GAZETTEER := datasets/gazetteer/areas.tsv datasets/gazetteer/regions.tsv datasets/gazetteer/kinds.tsv
EMBED_INPUTS := scripts/embed.sh datasets/catalog/indicators.tsv datasets/catalog/labels.tsv $(EMBED_LEXICON) $(GAZETTEER)
# The list of embedded files, rewritten only when it changes: a data file
# removed (or added with an old time) makes the data be embedded again.
$(BUILD)/gen/inputs.list: FORCE
	@mkdir -p $(dir $@)
	@echo '$(EMBED_INPUTS)' | cmp -s - $@ || echo '$(EMBED_INPUTS)' > $@
FORCE:
$(BUILD)/gen/builtin_data.c: $(EMBED_INPUTS) $(BUILD)/gen/inputs.list
	@mkdir -p $(dir $@)
	sh scripts/embed.sh ts_builtin_indicators_tsv datasets/catalog/indicators.tsv > $@.tmp
	sh scripts/embed.sh ts_builtin_lexicon_tsv $(EMBED_LEXICON) >> $@.tmp
	sh scripts/embed.sh ts_builtin_areas_tsv datasets/gazetteer/areas.tsv >> $@.tmp
	sh scripts/embed.sh ts_builtin_regions_tsv datasets/gazetteer/regions.tsv >> $@.tmp
	sh scripts/embed.sh ts_builtin_area_kinds_tsv datasets/gazetteer/kinds.tsv >> $@.tmp
	sh scripts/embed.sh ts_builtin_labels_tsv datasets/catalog/labels.tsv >> $@.tmp
	mv $@.tmp $@
$(BUILD)/gen/builtin_data.o: $(BUILD)/gen/builtin_data.c
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/libts.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^
$(BUILD)/libts.so.$(VERSION): $(LIB_OBJ) libts/libts.map
	$(CC) -shared $(LDFLAGS_ALL) -Wl,-soname,$(SONAME) -Wl,--version-script=libts/libts.map \
	    -o $@ $(LIB_OBJ) $(LDLIBS_ALL)
$(BUILD)/libts.so: $(BUILD)/libts.so.$(VERSION)
	ln -sf libts.so.$(VERSION) $(BUILD)/$(SONAME)
	ln -sf libts.so.$(VERSION) $@

$(BIN)/ts-%: $(BUILD)/tools/ts-%.o $(TOOL_COMMON_OBJ) $(BUILD)/libts.a
	@mkdir -p $(BIN)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LDLIBS_EXE)

$(BUILD)/tests/test_%: tests/unit/test_%.c $(BUILD)/libts.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP $(shell pkg-config --cflags cmocka) $(LDFLAGS_ALL) -o $@ $< $(BUILD)/libts.a $(shell pkg-config --libs cmocka) $(LDLIBS_EXE)

unit: $(UNIT_BINS)

# Every test, plain and then under ASan+UBSan; one closing line.  With
# the MPI packages present, the MPI build too: tests/e2e/mpi.sh runs it
# under mpirun against the serial tools.
MPI_CHECK := $(if $(and $(MPI_HDF5_PC),$(MPI_RUN)),build-mpi)
check: all unit $(if $(MPI_CHECK),check-mpi)
	$(MAKE) --no-print-directory SAN=1 BUILD=$(BUILD)/asan BIN=$(BUILD)/asan/bin all unit
	@TS_BIN_MPI=$(if $(MPI_CHECK),$(CURDIR)/bin-mpi) sh tests/check.sh $(BUILD) $(BIN) $(BUILD)/asan $(BUILD)/asan/bin
check-mpi:
	$(MAKE) --no-print-directory MPI=1 BUILD=build-mpi BIN=bin-mpi all

eval: all
	@sh scripts/eval.sh $(BIN) $(CORPUS)

bench: all
	@sh bench/run.sh $(BIN)

# The MPI build against one process on 100,000 monthly series x 120 points.
bench-mpi: all check-mpi
	@sh bench/mpi.sh $(BIN) bin-mpi

demo: all
	@sh scripts/demo.sh $(BIN) $(BUILD)

# The published-format fixtures (Word, PDF and damaged files) rendered from
# the seed reports; the outputs are committed.
fixtures:
	/usr/bin/python3 scripts/make_fixtures.py

# libFuzzer targets (clang) for the parsers, a short run each.
fuzz:
	@sh tests/fuzz/run.sh $(BUILD)/fuzz

# The pkg-config packages the build links (for scripts that build alike).
print-pkgs:
	@echo $(PKGS)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include/tskit $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/doc/tskit/examples
	install -m 755 $(TOOLS) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(BUILD)/libts.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libts.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/
	ln -sf libts.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/$(SONAME)
	ln -sf libts.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libts.so
	install -m 644 $(PUBLIC_H) $(DESTDIR)$(PREFIX)/include/tskit/
	if ls man/*.1 >/dev/null 2>&1; then install -m 644 man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/; fi
	install -d $(DESTDIR)$(PREFIX)/share/tskit/catalog $(DESTDIR)$(PREFIX)/share/tskit/gazetteer
	install -m 644 datasets/catalog/indicators.tsv datasets/catalog/labels.tsv $(DESTDIR)$(PREFIX)/share/tskit/catalog/
	install -m 644 $(GAZETTEER) datasets/gazetteer/README.md $(DESTDIR)$(PREFIX)/share/tskit/gazetteer/
	install -m 755 scripts/nightly.sh $(DESTDIR)$(PREFIX)/share/doc/tskit/examples/
	install -m 644 scripts/nightly.conf docs/nightly.md $(DESTDIR)$(PREFIX)/share/doc/tskit/examples/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
	    -e 's|@REQUIRES@|$(if $(HDF5_A),$(filter-out $(HDF5_PC),$(PKGS)),$(PKGS))|' \
	    -e 's|@LIBS_PRIVATE@|$(HDF5_STATIC_LIBS) -lm -lpthread|' scripts/libts.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/libts.pc

clean:
	rm -rf $(BUILD) $(BIN) build-mpi bin-mpi

-include $(LIB_OBJ:.o=.d) $(TOOL_COMMON_OBJ:.o=.d) $(TOOL_SRC:%.c=$(BUILD)/%.d) $(UNIT_BINS:=.d)
