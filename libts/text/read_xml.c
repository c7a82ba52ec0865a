/* One XML part of a zipped document walked with libxml2's streaming reader
 * (no tree: memory follows the text, not the markup), element starts and
 * ends and text nodes handed to a reader's callbacks.  No network, no
 * external entities, and libxml2's messages are caught, never printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/format_libs.h"
#include "text/read_internal.h"

typedef struct {
    char msg[200];
} xml_errors;

static void on_error(void *arg, xmlErrorPtr e)
{
    xml_errors *x = arg;
    if (x->msg[0] || !e || !e->message)
        return;
    size_t n = strlen(e->message);
    while (n && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
        n--;
    snprintf(x->msg, sizeof x->msg, "line %d: %.*s", e->line, (int)n, e->message);
}

/* Copies the value of the attribute whose local name is name (any
 * namespace) into buf: -1 when there is none, 1 when it is longer than
 * buf holds (the attributes read are ids, numbers and keywords), else 0. */
static int attr(void *reader, const char *name, char *buf, size_t cap)
{
    const tsx_libxml *lib = tsx_xml_lib(NULL); /* loaded: a reader exists */
    xmlTextReaderPtr r = reader;
    int rc = -1;
    if (lib->move_to_first_attribute(r) != 1)
        return -1;
    do {
        const xmlChar *ln = lib->const_local_name(r);
        if (ln && !strcmp((const char *)ln, name)) {
            const xmlChar *v = lib->const_value(r);
            size_t n = v ? strlen((const char *)v) : 0;
            rc = n < cap ? 0 : 1;
            memcpy(buf, v ? (const char *)v : "", rc == 0 ? n + 1 : 0);
            break;
        }
    } while (lib->move_to_next_attribute(r) == 1);
    lib->move_to_element(r);
    return rc;
}

long tsx_xml_attr_long(void *reader, const char *name, long dflt)
{
    char v[64];
    if (attr(reader, name, v, sizeof v) != 0)
        return dflt;
    char *end;
    long x = strtol(v, &end, 10);
    return end != v ? x : dflt;
}

int tsx_xml_attr_is(void *reader, const char *name, const char *value)
{
    char v[64];
    int rc = attr(reader, name, v, sizeof v);
    return rc >= 0 && (!value || (rc == 0 && !strcmp(v, value)));
}

int tsx_xml_walk(const char *part, const char *xml, size_t len, const tsx_xml_handlers *h,
                 void *ctx, ts_error *err)
{
    if (len > (size_t)INT32_MAX)
        return ts_error_set(err, TS_EFORMAT, "%s is too large", part);
    const tsx_libxml *lib = tsx_xml_lib(err);
    if (!lib)
        return TS_ENOTFOUND;
    xmlTextReaderPtr r = lib->reader_for_memory(xml, (int)len, NULL, NULL,
                                            XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                XML_PARSE_NOWARNING);
    if (!r)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    xml_errors x = {{0}};
    lib->set_error_handler(r, on_error, &x);
    int rc = TS_OK, ret, skip = 0;
    while ((ret = skip ? lib->next(r) : lib->read(r)) == 1) {
        skip = 0;
        int type = lib->node_type(r);
        const char *ns = (const char *)lib->const_namespace_uri(r);
        if (type == XML_READER_TYPE_ELEMENT) {
            const char *name = (const char *)lib->const_local_name(r);
            int empty = lib->is_empty_element(r) == 1;
            rc = h->start(ctx, r, ns ? ns : "", name ? name : "", empty, &skip);
            skip = skip && !empty;
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            const char *name = (const char *)lib->const_local_name(r);
            rc = h->end(ctx, ns ? ns : "", name ? name : "");
        } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                   type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                   type == XML_READER_TYPE_WHITESPACE) {
            const char *v = (const char *)lib->const_value(r);
            if (v)
                rc = h->text(ctx, v, strlen(v));
        }
        if (rc != TS_OK)
            break;
    }
    lib->free_reader(r);
    if (rc != TS_OK)
        return ts_error_set(err, rc, "out of memory");
    if (ret < 0)
        return ts_error_set(err, TS_EFORMAT, "damaged document: %s: %s", part,
                            x.msg[0] ? x.msg : "not well-formed XML");
    return TS_OK;
}
