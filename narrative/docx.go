package narrative

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// wordML is the namespace of the elements of word/document.xml.
const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// maxZipEntries bounds the entries of a .docx package.
const maxZipEntries = 10000

// readDocx reads the paragraphs of a .docx: the text of every w:p of
// word/document.xml, in the body and in table cells, with w:tab and w:br
// read as a space.
func readDocx(r io.ReaderAt, size int64, opts Options) (*Document, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, fmt.Errorf("%w: %d entries in the package", ErrTooLarge, len(zr.File))
	}
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			part = f
			break
		}
	}
	if part == nil {
		return nil, fmt.Errorf("%w: no word/document.xml (not a Word document)", ErrCorrupt)
	}
	if part.UncompressedSize64 > uint64(opts.maxInflated()) {
		return nil, fmt.Errorf("%w: word/document.xml inflates to %d bytes, the limit is %d", ErrTooLarge, part.UncompressedSize64, opts.maxInflated())
	}
	rc, err := part.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	defer rc.Close()
	lr := &limitedReader{r: rc, left: opts.maxInflated()}
	doc := &Document{Format: "docx"}
	if err := paragraphs(xml.NewDecoder(lr), doc, opts.maxParagraphs()); err != nil {
		if lr.over {
			return nil, fmt.Errorf("%w: word/document.xml inflates past %d bytes", ErrTooLarge, opts.maxInflated())
		}
		return nil, err
	}
	return doc, nil
}

// paragraphs collects the text of each w:p.
func paragraphs(d *xml.Decoder, doc *Document, max int64) error {
	var b strings.Builder
	depth, inText := 0, false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if errors.Is(err, errInflatedTooLarge) {
				return err
			}
			return fmt.Errorf("%w: word/document.xml: %v", ErrCorrupt, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "p":
				if depth == 0 {
					b.Reset()
				}
				depth++
			case "t":
				inText = true
			case "tab", "br", "cr":
				b.WriteByte(' ')
			}
		case xml.EndElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if depth == 0 {
					continue
				}
				depth--
				if depth > 0 {
					continue
				}
				if p := strings.TrimSpace(b.String()); p != "" {
					if int64(len(doc.Paragraphs)) >= max {
						return fmt.Errorf("%w: more than %d paragraphs", ErrTooLarge, max)
					}
					doc.Paragraphs = append(doc.Paragraphs, p)
				}
			}
		case xml.CharData:
			if inText && depth > 0 {
				b.Write(t)
			}
		}
	}
}

// errInflatedTooLarge is what limitedReader returns past its limit.
var errInflatedTooLarge = errors.New("inflated past the limit")

// limitedReader reads at most left bytes, then fails with
// errInflatedTooLarge and remembers that it did.
type limitedReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		l.over = true
		return 0, errInflatedTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
