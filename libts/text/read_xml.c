/* One XML part of a zipped document walked with libxml2's streaming reader
 * (no tree: memory follows the text, not the markup), element starts and
 * ends and text nodes handed to a reader's callbacks.  No network, no
 * external entities, and libxml2's messages are caught, never printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlreader.h>
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

/* The value of the attribute whose local name is name (any namespace), a
 * new string for xmlFree, or NULL. */
static xmlChar *attr(void *reader, const char *name)
{
    xmlTextReaderPtr r = reader;
    xmlChar *v = NULL;
    if (xmlTextReaderMoveToFirstAttribute(r) != 1)
        return NULL;
    do {
        const xmlChar *ln = xmlTextReaderConstLocalName(r);
        if (ln && !strcmp((const char *)ln, name)) {
            v = xmlTextReaderValue(r);
            break;
        }
    } while (xmlTextReaderMoveToNextAttribute(r) == 1);
    xmlTextReaderMoveToElement(r);
    return v;
}

long tsx_xml_attr_long(void *reader, const char *name, long dflt)
{
    xmlChar *v = attr(reader, name);
    if (!v)
        return dflt;
    char *end;
    long x = strtol((const char *)v, &end, 10);
    int ok = end != (char *)v;
    xmlFree(v);
    return ok ? x : dflt;
}

int tsx_xml_attr_is(void *reader, const char *name, const char *value)
{
    xmlChar *v = attr(reader, name);
    int is = v && (!value || !strcmp((const char *)v, value));
    xmlFree(v);
    return is;
}

int tsx_xml_walk(const char *part, const char *xml, size_t len, const tsx_xml_handlers *h,
                 void *ctx, ts_error *err)
{
    if (len > (size_t)INT32_MAX)
        return ts_error_set(err, TS_EFORMAT, "%s is too large", part);
    xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)len, NULL, NULL,
                                            XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                XML_PARSE_NOWARNING);
    if (!r)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    xml_errors x = {{0}};
    xmlTextReaderSetStructuredErrorHandler(r, on_error, &x);
    int rc = TS_OK, ret, skip = 0;
    while ((ret = skip ? xmlTextReaderNext(r) : xmlTextReaderRead(r)) == 1) {
        skip = 0;
        int type = xmlTextReaderNodeType(r);
        const char *ns = (const char *)xmlTextReaderConstNamespaceUri(r);
        if (type == XML_READER_TYPE_ELEMENT) {
            const char *name = (const char *)xmlTextReaderConstLocalName(r);
            int empty = xmlTextReaderIsEmptyElement(r) == 1;
            rc = h->start(ctx, r, ns ? ns : "", name ? name : "", empty, &skip);
            skip = skip && !empty;
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            const char *name = (const char *)xmlTextReaderConstLocalName(r);
            rc = h->end(ctx, ns ? ns : "", name ? name : "");
        } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                   type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                   type == XML_READER_TYPE_WHITESPACE) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            if (v)
                rc = h->text(ctx, v, strlen(v));
        }
        if (rc != TS_OK)
            break;
    }
    xmlFreeTextReader(r);
    if (rc != TS_OK)
        return ts_error_set(err, rc, "out of memory");
    if (ret < 0)
        return ts_error_set(err, TS_EFORMAT, "damaged document: %s: %s", part,
                            x.msg[0] ? x.msg : "not well-formed XML");
    return TS_OK;
}
