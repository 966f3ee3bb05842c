package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// xmlTokenizer is a small XML tokenizer over a part held in memory, for the
// two large parts jixiao scans (worksheets and the shared strings). It
// allocates next to nothing: names, attribute regions and character data
// are slices of the part, and entities are decoded only when asked.
//
// It checks what encoding/xml checks in strict mode as far as the scanners
// need it (and reads everything encoding/xml reads the same way; the
// differential fuzz test FuzzTokenizer holds it to that): EOF inside markup,
// '<' not followed by a name, '/', '!' or '?', malformed attributes, unknown
// entities, and text that is not UTF-8 of XML characters are errors. It does
// not match end tags to start tags; the scanners do that.
//
// The XML declaration and other processing instructions, comments and
// directives (<!DOCTYPE …> with any internal subset) are skipped; a CDATA
// section is character data taken literally.
type xmlTokenizer struct {
	data []byte
	pos  int

	// The current token, after next.
	kind  xmlKind
	name  []byte // the qualified name of an element: prefix:local
	local []byte // the local name of an element
	attrs []byte // the attribute region of a start element, checked
	text  []byte // raw character data
	cdata bool   // text is a CDATA section: no entities

	selfClosing bool   // the start element just returned was <x/>: an end comes next
	buf         []byte // scratch for decoded text
}

// xmlKind is the kind of a token.
type xmlKind int

const (
	xmlEOF xmlKind = iota
	xmlStart
	xmlEnd
	xmlText
)

func newXMLTokenizer(data []byte) *xmlTokenizer { return &xmlTokenizer{data: data} }

// next reads the next token: xmlEOF at the end of the data.
func (z *xmlTokenizer) next() (xmlKind, error) {
	if z.selfClosing {
		z.selfClosing = false
		z.kind, z.attrs = xmlEnd, nil
		return z.kind, nil
	}
	for {
		if z.pos >= len(z.data) {
			z.kind = xmlEOF
			return z.kind, nil
		}
		if z.data[z.pos] != '<' {
			return z.charData()
		}
		if z.pos+1 >= len(z.data) {
			return z.fail("unexpected EOF after <")
		}
		switch z.data[z.pos+1] {
		case '/':
			return z.endElement()
		case '?':
			if err := z.skipProcInst(); err != nil {
				return xmlEOF, err
			}
		case '!':
			if kind, err := z.bang(); kind != xmlEOF || err != nil {
				return kind, err
			}
		default:
			return z.startElement()
		}
	}
}

func (z *xmlTokenizer) fail(format string, args ...any) (xmlKind, error) {
	z.kind = xmlEOF
	return xmlEOF, z.syntaxError(format, args...)
}

// syntaxError is an error at the current position, with its line like
// encoding/xml's.
func (z *xmlTokenizer) syntaxError(format string, args ...any) error {
	line := z.line()
	return &lineError{line: line, err: fmt.Errorf("XML syntax error on line %d: %s", line, fmt.Sprintf(format, args...))}
}

// line is the line of the current position, from 1.
func (z *xmlTokenizer) line() int {
	return 1 + bytes.Count(z.data[:min(z.pos, len(z.data))], []byte{'\n'})
}

// lineError is damage found on a line of a part; its message says the line.
type lineError struct {
	line int
	err  error
}

// Error is the message of the damage.
func (e *lineError) Error() string { return e.err.Error() }

// Unwrap returns the damage.
func (e *lineError) Unwrap() error { return e.err }

// atLine gives an error a handler of walkXML returned the line the walk had
// reached, unless it has one or is an *OpenError (the context's).
func atLine(z *xmlTokenizer, err error) error {
	var le *lineError
	var oe *OpenError
	if errors.As(err, &le) || errors.As(err, &oe) {
		return err
	}
	return &lineError{line: z.line(), err: err}
}

// lineOf is the line an error names, or 0.
func lineOf(err error) int {
	var le *lineError
	if errors.As(err, &le) {
		return le.line
	}
	return 0
}

// charData reads text up to the next '<' or the end.
func (z *xmlTokenizer) charData() (xmlKind, error) {
	end := len(z.data)
	if i := bytes.IndexByte(z.data[z.pos:], '<'); i >= 0 {
		end = z.pos + i
	}
	raw := z.data[z.pos:end]
	if bytes.Contains(raw, []byte("]]>")) {
		return z.fail("unescaped ]]> not in CDATA section")
	}
	if err := checkText(raw, true); err != nil {
		return z.fail("%v", err)
	}
	z.pos = end
	z.kind, z.text, z.cdata = xmlText, raw, false
	return z.kind, nil
}

// startElement reads <name attr="value" …> or <name …/>.
func (z *xmlTokenizer) startElement() (xmlKind, error) {
	z.pos++ // '<'
	name, local, ok := z.qname()
	if !ok {
		return z.fail("expected element name after <")
	}
	start := z.pos
	for {
		z.space()
		if z.pos >= len(z.data) {
			return z.fail("unexpected EOF in <%s>", name)
		}
		switch z.data[z.pos] {
		case '>':
			z.attrs = z.data[start:z.pos]
			z.pos++
			z.kind, z.name, z.local = xmlStart, name, local
			return z.kind, nil
		case '/':
			z.attrs = z.data[start:z.pos]
			if z.pos+1 >= len(z.data) || z.data[z.pos+1] != '>' {
				return z.fail("expected /> in element")
			}
			z.pos += 2
			z.kind, z.name, z.local = xmlStart, name, local
			z.selfClosing = true
			return z.kind, nil
		}
		n, err := checkAttr(z.data[z.pos:])
		if err != nil {
			return z.fail("%v", err)
		}
		z.pos += n
	}
}

// endElement reads </name>.
func (z *xmlTokenizer) endElement() (xmlKind, error) {
	z.pos += 2 // "</"
	name, local, ok := z.qname()
	if !ok {
		return z.fail("expected element name after </")
	}
	z.space()
	if z.pos >= len(z.data) || z.data[z.pos] != '>' {
		return z.fail("invalid characters between </%s and >", local)
	}
	z.pos++
	z.kind, z.name, z.local, z.attrs = xmlEnd, name, local, nil
	return z.kind, nil
}

// skipProcInst skips <?target …?>.
func (z *xmlTokenizer) skipProcInst() error {
	z.pos += 2 // "<?"
	if n := nameLen(z.data[z.pos:]); n == 0 {
		return z.syntaxError("expected target name after <?")
	}
	i := bytes.Index(z.data[z.pos:], []byte("?>"))
	if i < 0 {
		z.pos = len(z.data)
		return z.syntaxError("unexpected EOF in a processing instruction")
	}
	z.pos += i + 2
	return nil
}

// bang reads what starts with <!: a comment or a directive, which it skips
// (returning xmlEOF and no error), or a CDATA section.
func (z *xmlTokenizer) bang() (xmlKind, error) {
	rest := z.data[z.pos+2:]
	switch {
	case len(rest) > 0 && rest[0] == '-':
		if len(rest) < 2 || rest[1] != '-' {
			return z.fail("invalid sequence <!- not part of <!--")
		}
		// The comment ends at the first "--", which must be followed by '>'.
		i := bytes.Index(rest[2:], []byte("--"))
		if i < 0 || 2+i+2 >= len(rest) {
			return z.fail("unexpected EOF in a comment")
		}
		if rest[2+i+2] != '>' {
			return z.fail(`invalid sequence "--" not allowed in comments`)
		}
		z.pos += 2 + 2 + i + 3
		return xmlEOF, nil
	case len(rest) > 0 && rest[0] == '[':
		if !bytes.HasPrefix(rest, []byte("[CDATA[")) {
			return z.fail("invalid <![ sequence")
		}
		body := rest[len("[CDATA["):]
		i := bytes.Index(body, []byte("]]>"))
		if i < 0 {
			return z.fail("unexpected EOF in CDATA section")
		}
		if err := checkText(body[:i], false); err != nil {
			return z.fail("%v", err)
		}
		z.pos += 2 + len("[CDATA[") + i + 3
		z.kind, z.text, z.cdata = xmlText, body[:i], true
		return z.kind, nil
	}
	return xmlEOF, z.skipDirective()
}

// skipDirective skips <!DOCTYPE …> or another directive, the way
// encoding/xml reads one: quoted '<' and '>' do not count, other '<' and '>'
// nest (an internal subset's declarations), and comments inside are skipped.
// The byte after "<!" is the directive's first, whatever it is.
func (z *xmlTokenizer) skipDirective() error {
	var quote byte
	depth := 0
	for i := z.pos + 3; i < len(z.data); i++ {
		b := z.data[i]
		switch {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '>' && depth == 0:
			z.pos = i + 1
			return nil
		case b == '\'' || b == '"':
			quote = b
		case b == '>':
			depth--
		case b == '<' && bytes.HasPrefix(z.data[i+1:], []byte("!--")):
			j := bytes.Index(z.data[i+4:], []byte("-->"))
			if j < 0 {
				z.pos = len(z.data)
				return z.syntaxError("unexpected EOF in a comment")
			}
			i += 4 + j + 2
		case b == '<':
			depth++
		}
	}
	z.pos = len(z.data)
	return z.syntaxError("unexpected EOF in a directive")
}

// space skips XML white space.
func (z *xmlTokenizer) space() {
	for z.pos < len(z.data) && isSpace(z.data[z.pos]) {
		z.pos++
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\r' || b == '\t' }

// qname reads a name at the position: its qualified form and its local
// part.
func (z *xmlTokenizer) qname() (name, local []byte, ok bool) {
	n := nameLen(z.data[z.pos:])
	if n == 0 {
		return nil, nil, false
	}
	name = z.data[z.pos : z.pos+n]
	z.pos += n
	local, ok = localName(name)
	return name, local, ok
}

// localName is the part of a name after its prefix. Like encoding/xml, a
// name of more than one colon is an error, and a leading or trailing colon
// is part of the local name.
func localName(name []byte) ([]byte, bool) {
	i := bytes.IndexByte(name, ':')
	switch {
	case i < 0:
		return name, true
	case bytes.IndexByte(name[i+1:], ':') >= 0:
		return nil, false
	case i == 0 || i == len(name)-1:
		return name, true
	}
	return name[i+1:], true
}

// nameLen is the length of the XML name that starts s, 0 if none does.
// Non-ASCII bytes count as name characters if they are valid UTF-8.
func nameLen(s []byte) int {
	n, ascii := 0, true
	for ; n < len(s); n++ {
		if c := s[n]; c >= utf8.RuneSelf {
			ascii = false
		} else if !xmlNameByte(c) {
			break
		}
	}
	if n == 0 || !ascii && !utf8.Valid(s[:n]) {
		return 0
	}
	if b := s[0]; b < utf8.RuneSelf && !(b == '_' || b == ':' || 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z') {
		return 0
	}
	return n
}

// xmlNameByte reports whether an ASCII byte may be part of an XML name.
func xmlNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' ||
		'0' <= c && c <= '9' || c == '_' || c == ':' || c == '.' || c == '-'
}

// checkAttr checks the attribute name="value" that starts s and returns its
// length.
func checkAttr(s []byte) (int, error) {
	name, value, n, err := nextAttr(s)
	if err != nil {
		return 0, err
	}
	if _, ok := localName(name); !ok {
		return 0, errors.New("expected attribute name in element")
	}
	return n, checkText(value, true)
}

// nextAttr splits the attribute name="value" (or name='value'), with any
// white space around the '=', from the start of s, returning its length.
func nextAttr(s []byte) (name, value []byte, n int, err error) {
	n = nameLen(s)
	if n == 0 {
		return nil, nil, 0, errors.New("expected attribute name in element")
	}
	name = s[:n]
	for n < len(s) && isSpace(s[n]) {
		n++
	}
	if n >= len(s) || s[n] != '=' {
		return nil, nil, 0, errors.New("attribute name without = in element")
	}
	n++
	for n < len(s) && isSpace(s[n]) {
		n++
	}
	if n >= len(s) || s[n] != '"' && s[n] != '\'' {
		return nil, nil, 0, errors.New("unquoted or missing attribute value in element")
	}
	q := s[n]
	n++
	end := bytes.IndexByte(s[n:], q)
	if end < 0 {
		return nil, nil, 0, errors.New("unexpected EOF in an attribute value")
	}
	value = s[n : n+end]
	if bytes.IndexByte(value, '<') >= 0 {
		return nil, nil, 0, errors.New("unescaped < inside quoted string")
	}
	return name, value, n + end + 1, nil
}

// attr returns the raw value of the current start element's attribute of
// the local name, without a prefix, and whether it has one.
func (z *xmlTokenizer) attr(local string) ([]byte, bool) {
	s := z.attrs
	for {
		for len(s) > 0 && isSpace(s[0]) {
			s = s[1:]
		}
		if len(s) == 0 {
			return nil, false
		}
		name, value, n, err := nextAttr(s)
		if err != nil { // checked when read: cannot happen
			return nil, false
		}
		if string(name) == local {
			return value, true
		}
		s = s[n:]
	}
}

// prefixedAttr is the decoded value of the current start element's first
// attribute whose name has a prefix and the given local name, such as r:id,
// and whether it has one.
func (z *xmlTokenizer) prefixedAttr(local string) (string, bool) {
	for s := z.attrs; ; {
		for len(s) > 0 && isSpace(s[0]) {
			s = s[1:]
		}
		if len(s) == 0 {
			return "", false
		}
		name, value, n, err := nextAttr(s)
		if err != nil { // checked when read: cannot happen
			return "", false
		}
		if l, ok := localName(name); ok && len(l) < len(name) && string(l) == local {
			return string(z.decode(value, false)), true
		}
		s = s[n:]
	}
}

// attrBytes is the decoded value of an unprefixed attribute, nil if there is
// none, valid until the next call of decode.
func (z *xmlTokenizer) attrBytes(local string) []byte {
	v, ok := z.attr(local)
	if !ok {
		return nil
	}
	return z.decode(v, false)
}

// attrString is the decoded value of an unprefixed attribute, "" if there
// is none.
func (z *xmlTokenizer) attrString(local string) string {
	v, ok := z.attr(local)
	if !ok {
		return ""
	}
	return string(z.decode(v, false))
}

// textBytes is the current character data decoded, valid until the next
// call of decode.
func (z *xmlTokenizer) textBytes() []byte { return z.decode(z.text, z.cdata) }

// decode returns raw text (checked) with its entities replaced, unless it is
// CDATA, and \r\n or a lone \r read as \n, like encoding/xml. The result is
// raw itself or the tokenizer's scratch buffer.
func (z *xmlTokenizer) decode(raw []byte, cdata bool) []byte {
	special := bytes.IndexByte(raw, '\r') >= 0
	if !cdata && !special {
		special = bytes.IndexByte(raw, '&') >= 0
	}
	if !special {
		return raw
	}
	out := z.buf[:0]
	for i := 0; i < len(raw); i++ {
		switch b := raw[i]; {
		case b == '\r':
			out = append(out, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		case b == '&' && !cdata:
			r, n, _ := entity(raw[i:])
			out = utf8.AppendRune(out, r)
			i += n - 1
		default:
			out = append(out, b)
		}
	}
	z.buf = out
	return out
}

// checkText checks raw character data or an attribute value: UTF-8 of XML
// characters and, unless in CDATA, entity references that are known.
func checkText(raw []byte, entities bool) error {
	for i := 0; i < len(raw); {
		b := raw[i]
		switch {
		case b == '&' && entities:
			_, n, err := entity(raw[i:])
			if err != nil {
				return err
			}
			i += n
		case b >= 0x20 && b < utf8.RuneSelf || b == '\t' || b == '\n' || b == '\r':
			i++
		case b < utf8.RuneSelf:
			return fmt.Errorf("illegal character code %U", rune(b))
		default:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				return errors.New("invalid UTF-8")
			}
			if !isXMLChar(r) {
				return fmt.Errorf("illegal character code %U", r)
			}
			i += size
		}
	}
	return nil
}

// isXMLChar reports whether r may appear in an XML document.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// entity reads the reference at the start of s ("&…;") and returns its
// character and length: &amp; &lt; &gt; &quot; &apos;, &#NNN; or &#xHH; of an
// XML character. Anything else is an error, as in encoding/xml's strict mode.
func entity(s []byte) (rune, int, error) {
	semi := bytes.IndexByte(s, ';')
	if semi < 0 {
		semi = len(s)
	}
	bad := func() (rune, int, error) {
		return 0, 0, fmt.Errorf("invalid character entity %s", cut(string(s[:min(semi+1, len(s))])))
	}
	if semi == len(s) {
		return bad()
	}
	body := s[1:semi]
	if len(body) > 1 && body[0] == '#' {
		digits, base := body[1:], 10
		if digits[0] == 'x' {
			digits, base = digits[1:], 16
		}
		n, err := strconv.ParseUint(string(digits), base, 32)
		if err != nil || n > utf8.MaxRune {
			return bad()
		}
		r := rune(n)
		if !utf8.ValidRune(r) {
			r = utf8.RuneError // like string(rune(n)) in encoding/xml
		}
		if !isXMLChar(r) {
			return 0, 0, fmt.Errorf("illegal character code %U", r)
		}
		return r, semi + 1, nil
	}
	switch string(body) {
	case "amp":
		return '&', semi + 1, nil
	case "lt":
		return '<', semi + 1, nil
	case "gt":
		return '>', semi + 1, nil
	case "quot":
		return '"', semi + 1, nil
	case "apos":
		return '\'', semi + 1, nil
	}
	return bad()
}
