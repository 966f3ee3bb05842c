package indicator_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// parserSheets are the sheets of generated workbooks of several shapes:
// the reference, one with a long score table and its group labels repeated
// on every row, one with labels split and written once without merging.
func parserSheets(t *testing.T) []*xlsx.Sheet {
	t.Helper()
	sheets, err := testgen.ReferenceSheets(
		func(*testgen.Workbook) {},
		func(w *testgen.Workbook) {
			w.Style.Merges = testgen.MergeRepeat
			rows := w.Score.Rows
			for k := range 40 {
				r := rows[k%len(rows)]
				r.Level3 = fmt.Sprintf("%s%02d", r.Level3, k)
				w.Score.Rows = append(w.Score.Rows, r)
			}
		},
		func(w *testgen.Workbook) { w.Style.SplitLabels, w.Style.Merges = "\n", testgen.MergeNone },
	)
	if err != nil {
		t.Fatal(err)
	}
	return sheets
}

// groupView is a group without its indicators' pointers back to it, and a
// cell is where it is and what it says: what tables are compared by.
type groupView struct {
	Name       string
	Label      string
	Weight     xlsx.Figure
	Children   []string
	Indicators []string
}

func cellView(c *xlsx.Cell) string {
	if c == nil {
		return "<nil>"
	}
	return c.Ref.String() + " " + c.Text
}

var tableCompare = cmp.Options{
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmp.Transformer("cell", cellView),
	cmp.Transformer("group", func(g *indicator.Group) *groupView {
		if g == nil {
			return nil
		}
		v := &groupView{Name: g.Name, Label: cellView(g.Label), Weight: g.Weight}
		for _, c := range g.Children {
			v.Children = append(v.Children, c.Name)
		}
		for _, in := range g.Indicators {
			v.Indicators = append(v.Indicators, cellView(in.Name))
		}
		return v
	}),
	cmpopts.EquateEmpty(),
}

// A Parser reads every table as ParseTable does, before and after Reset,
// tables of many sizes one after another.
func TestParserReadsLikeParseTable(t *testing.T) {
	sheets := parserSheets(t)
	var p indicator.Parser
	for round := range 3 {
		var got []*indicator.Table
		for _, s := range sheets {
			tab, err := p.ParseTable(s, nil)
			if err != nil {
				continue
			}
			got = append(got, tab)
		}
		k := 0
		for _, s := range sheets {
			want, err := indicator.ParseTable(s, nil)
			if err != nil {
				continue
			}
			if diff := cmp.Diff(want, got[k], tableCompare); diff != "" {
				t.Fatalf("round %d, sheet %q (-ParseTable +Parser):\n%s", round, s.Name, diff)
			}
			k++
		}
		if k != len(got) || k < 4 {
			t.Fatalf("round %d: %d tables, %d through the Parser", round, k, len(got))
		}
		p.Reset()
	}
}

// A nil *Parser reads as ParseTable does.
func TestNilParserReadsIntoNewMemory(t *testing.T) {
	var p *indicator.Parser
	for _, s := range parserSheets(t)[:3] {
		got, gotErr := p.ParseTable(s, nil)
		want, wantErr := indicator.ParseTable(s, nil)
		if (gotErr == nil) != (wantErr == nil) {
			t.Fatalf("%s: error %v, want %v", s.Name, gotErr, wantErr)
		}
		if diff := cmp.Diff(want, got, tableCompare); diff != "" {
			t.Fatalf("%s (-ParseTable +nil Parser):\n%s", s.Name, diff)
		}
	}
	p.Reset() // on nil: nothing to forget
}
