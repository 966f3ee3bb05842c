package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tokEvents lists the tokens of data as read by xmlTokenizer: S name
// attrs, E name, T text, with adjacent text joined.
func tokEvents(data []byte) ([]string, error) {
	z := newXMLTokenizer(data)
	var out []string
	var text []byte
	flush := func() {
		if len(text) > 0 {
			out = append(out, fmt.Sprintf("T %q", text))
			text = text[:0]
		}
	}
	for {
		kind, err := z.next()
		if err != nil {
			return out, err
		}
		switch kind {
		case xmlEOF:
			flush()
			return out, nil
		case xmlStart:
			flush()
			var attrs []string
			for s := z.attrs; ; {
				s = bytes.TrimLeft(s, " \t\r\n")
				if len(s) == 0 {
					break
				}
				name, value, n, err := nextAttr(s)
				if err != nil {
					return out, fmt.Errorf("attribute region %q: %v", z.attrs, err)
				}
				if local, _ := localName(name); len(local) == len(name) {
					attrs = append(attrs, fmt.Sprintf("%s=%q", name, z.decode(value, false)))
				}
				s = s[n:]
			}
			out = append(out, fmt.Sprintf("S %s %s [%s]", z.name, z.local, strings.Join(attrs, " ")))
		case xmlEnd:
			flush()
			out = append(out, fmt.Sprintf("E %s %s", z.name, z.local))
		case xmlText:
			text = append(text, z.textBytes()...)
		}
	}
}

// stdEvents lists the tokens of data as encoding/xml's RawToken reads them,
// in the form of tokEvents.
func stdEvents(data []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var out []string
	var text []byte
	flush := func() {
		if len(text) > 0 {
			out = append(out, fmt.Sprintf("T %q", text))
			text = text[:0]
		}
	}
	qname := func(n xml.Name) string {
		if n.Space != "" {
			return n.Space + ":" + n.Local
		}
		return n.Local
	}
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			flush()
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			flush()
			var attrs []string
			for _, a := range t.Attr {
				if a.Name.Space == "" {
					attrs = append(attrs, fmt.Sprintf("%s=%q", a.Name.Local, a.Value))
				}
			}
			out = append(out, fmt.Sprintf("S %s %s [%s]", qname(t.Name), t.Name.Local, strings.Join(attrs, " ")))
		case xml.EndElement:
			flush()
			out = append(out, fmt.Sprintf("E %s %s", qname(t.Name), t.Name.Local))
		case xml.CharData:
			text = append(text, t...)
		}
	}
}

func TestXMLTokenizer(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"declaration and element", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<a x="1">hi</a>`,
			[]string{`T "\n"`, `S a a [x="1"]`, `T "hi"`, `E a a`}},
		{"self-closing", `<a><b r='2' /><c/></a>`,
			[]string{`S a a []`, `S b b [r="2"]`, `E b b`, `S c c []`, `E c c`, `E a a`}},
		{"entities", `<t v="&lt;&amp;&gt;&quot;&apos;">&#65;&#x42;&#x1F600;&amp;amp;</t>`,
			[]string{`S t t [v="<&>\"'"]`, `T "AB😀&amp;"`, `E t t`}},
		{"CDATA", `<t>a<![CDATA[<b>&amp;]]]]>c</t>`,
			[]string{`S t t []`, `T "a<b>&amp;]]c"`, `E t t`}},
		{"comments and directives", `<!DOCTYPE x [<!ENTITY e "a>"> <!-- > -->]><x><!-- c - -->a<?pi x?>b</x>`,
			[]string{`S x x []`, `T "ab"`, `E x x`}},
		{"prefixes", `<x:ws xmlns:x="u" xmlns="v" x:r="1" r="2"><x:c/></x:ws>`,
			[]string{`S x:ws ws [xmlns="v" r="2"]`, `S x:c c []`, `E x:c c`, `E x:ws ws`}},
		{"odd colons", `<:a b:="1"/>`, []string{`S :a :a [b:="1"]`, `E :a :a`}},
		{"white space around =", "<a b \t= \n'1'c=\"2\"></a >", []string{`S a a [b="1" c="2"]`, `E a a`}},
		{"carriage returns", "<a b='x\r\ny'>1\r2\r\n3</a>", []string{`S a a [b="x\ny"]`, `T "1\n2\n3"`, `E a a`}},
		{"unicode", `<数据 值="元">年度</数据>`, []string{`S 数据 数据 [值="元"]`, `T "年度"`, `E 数据 数据`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tokEvents([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			std, err := stdEvents([]byte(tt.in))
			if err != nil || strings.Join(got, "\n") != strings.Join(std, "\n") {
				t.Errorf("encoding/xml reads %q, %v", std, err)
			}
		})
	}
}

func TestXMLTokenizerErrors(t *testing.T) {
	for _, in := range []string{
		`<a`, `<a x="1"`, `<a x="1`, `<a x=1>`, `<a x>`, `<a x="<">`, `<a/`, `<a/b>`, `<`, `< a>`, `<1a>`, `</>`, `</a`, `</a b>`,
		`<a:b:c>`, `<a x:y:z="1">`, `<!-- x`, `<!-- a -- b -->`, `<!-x>`, `<![CDATA[x`, `<![CDAT[x]]>`, `<!DOCTYPE x`,
		`<?xml`, `<? x?>`, `<a>&bogus;</a>`, `<a>&amp</a>`, `<a>&#;</a>`, `<a>&#x;</a>`, `<a>&#0;</a>`, `<a>&#xFFFE;</a>`,
		`<a>&#1114112;</a>`, `<a x="&lt"/>`, "<a>\x00</a>", "<a>\xff</a>", "<a x='\x01'/>", `<a>]]></a>`, "<a>\xc3<![CDATA[\x00]]></a>",
	} {
		if got, err := tokEvents([]byte(in)); err == nil {
			t.Errorf("%q: no error, read %q", in, got)
		} else if _, stdErr := stdEvents([]byte(in)); stdErr == nil {
			t.Errorf("%q: %v, but encoding/xml reads it", in, err)
		}
	}
}

// sheetXMLs are the worksheet and shared-string parts of the test
// workbooks.
func sheetXMLs(t testing.TB) [][]byte {
	files, _ := filepath.Glob("../testdata/*.xlsx")
	var out [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			if !strings.HasPrefix(zf.Name, "xl/worksheets/") && zf.Name != "xl/sharedStrings.xml" {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		t.Fatal("no sheets in ../testdata")
	}
	return out
}

func TestXMLTokenizerSheets(t *testing.T) {
	for _, b := range sheetXMLs(t) {
		got, err := tokEvents(b)
		if err != nil {
			t.Fatal(err)
		}
		want, err := stdEvents(b)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("events differ from encoding/xml's")
		}
	}
}

// FuzzTokenizer holds xmlTokenizer to encoding/xml: where RawToken reads the
// input, the tokenizer must read the same elements, unprefixed attributes
// and text; where RawToken fails, the tokenizer may fail or not, but must not
// panic.
func FuzzTokenizer(f *testing.F) {
	for _, b := range sheetXMLs(f) {
		f.Add(b)
	}
	for _, s := range []string{
		`<a x="&amp;&#x41;">t<![CDATA[c]]><!--k--><?p?></a>`,
		`<!DOCTYPE d [<!ELEMENT a ANY>]><p:a p:x="1" y='2'><b/></p:a>`,
		"<a>\r\n&lt;\r</a>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := tokEvents(data)
		want, stdErr := stdEvents(data)
		if stdErr != nil {
			return
		}
		if err != nil {
			t.Fatalf("error %v, encoding/xml reads %q", err, want)
		}
		if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
			t.Fatalf("got\n%s\nwant\n%s", g, w)
		}
	})
}
