package narrative_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/narrative"
)

// FuzzReport reads any bytes as a report, and any text as a .docx of its
// lines: no panic, only the package's typed errors, the limits kept, and
// every figure placed in a paragraph that holds it.
func FuzzReport(f *testing.F) {
	seed, err := os.ReadFile(seedReport)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add(testgen.Docx(strings.Split(string(seed), "\n")))
	f.Add([]byte("基本支出 10 万元(工资福利支出 4 万元，商品和服务支出 6 万元)。总支出率 99.5%，自评得分 90 分，评价等级为优。"))
	f.Add([]byte("%PDF-1.4"))
	f.Add([]byte("PK\x03\x04"))
	opts := narrative.Options{MaxBytes: 1 << 20, MaxInflated: 4 << 20, MaxParagraphs: 2000}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, in := range [][]byte{data, testgen.Docx(strings.Split(string(data), "\n"))} {
			doc, err := narrative.Read(bytes.NewReader(in), int64(len(in)), "fuzz", opts)
			if err != nil {
				if !errors.Is(err, narrative.ErrUnsupported) && !errors.Is(err, narrative.ErrTooLarge) &&
					!errors.Is(err, narrative.ErrCorrupt) && !errors.Is(err, narrative.ErrEncoding) {
					t.Fatalf("untyped error: %v", err)
				}
				continue
			}
			if len(doc.Paragraphs) > opts.MaxParagraphs {
				t.Fatalf("%d paragraphs past the limit", len(doc.Paragraphs))
			}
			for _, fig := range narrative.Extract(doc) {
				if fig.Paragraph < 1 || fig.Paragraph > len(doc.Paragraphs) || !utf8.ValidString(fig.Sentence) ||
					!strings.Contains(doc.Paragraphs[fig.Paragraph-1], fig.Sentence) {
					t.Fatalf("figure %+v not in its paragraph", fig)
				}
			}
		}
	})
}
