package testgen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strings"
)

// Docx returns a minimal Word document holding paragraphs, one w:p each,
// as Word writes them ([Content_Types].xml, word/document.xml): the
// narrative report of a test. A paragraph that starts with "|" is written
// as a one-row table whose cells are split at "|".
func Docx(paragraphs []string) []byte {
	var body strings.Builder
	para := func(text string) {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">`)
		xml.EscapeText(&body, []byte(text))
		body.WriteString(`</w:t></w:r></w:p>`)
	}
	for _, p := range paragraphs {
		if cells, ok := strings.CutPrefix(p, "|"); ok {
			body.WriteString(`<w:tbl><w:tr>`)
			for _, c := range strings.Split(cells, "|") {
				body.WriteString(`<w:tc>`)
				para(c)
				body.WriteString(`</w:tc>`)
			}
			body.WriteString(`</w:tr></w:tbl>`)
			continue
		}
		para(p)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	write := func(name, content string) {
		w, err := zw.Create(name)
		if err != nil {
			panic(err) // writing to memory does not fail
		}
		w.Write([]byte(content))
	}
	write("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
		`<Default Extension="xml" ContentType="application/xml"/>`+
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	write("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body.String()+`</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
