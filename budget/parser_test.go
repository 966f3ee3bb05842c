package budget_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// parserSheets are the sheets of generated workbooks of several shapes:
// the reference, a transposed budget block with reordered columns, and a
// matrix in 元 with several projects.
func parserSheets(t *testing.T) []*xlsx.Sheet {
	t.Helper()
	sheets, err := testgen.ReferenceSheets(
		func(*testgen.Workbook) {},
		func(w *testgen.Workbook) {
			w.Style.TransposedBudget = true
			w.Style.ColumnOrder = testgen.ShuffledColumns()
		},
		func(w *testgen.Workbook) {
			w.Department.MatrixUnit = "单位：元"
			p := *w.Projects[0]
			p.SheetName = "项目2"
			w.Projects = append(w.Projects, &p)
		},
	)
	if err != nil {
		t.Fatal(err)
	}
	return sheets
}

var blockCompare = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// A Parser reads every block as ParseFunds and ParseMatrix do, before and
// after Reset, the sheets in another order each round so that memory one
// kind of block left serves another.
func TestParserReadsLikeParseFunctions(t *testing.T) {
	all := parserSheets(t)
	var p budget.Parser
	for round := range 4 {
		sheets := append(append([]*xlsx.Sheet(nil), all[round:]...), all[:round]...)
		var funds []*budget.FundBlock
		var matrices []*budget.Matrix
		for _, s := range sheets {
			f, _ := p.ParseFunds(s, nil)
			m, _ := p.ParseMatrix(s, nil)
			funds, matrices = append(funds, f), append(matrices, m)
		}
		found := 0
		for i, s := range sheets {
			wantF, _ := budget.ParseFunds(s, nil)
			wantM, _ := budget.ParseMatrix(s, nil)
			if diff := cmp.Diff(wantF, funds[i], blockCompare); diff != "" {
				t.Fatalf("round %d, funds of %q (-ParseFunds +Parser):\n%s", round, s.Name, diff)
			}
			if diff := cmp.Diff(wantM, matrices[i], blockCompare); diff != "" {
				t.Fatalf("round %d, matrix of %q (-ParseMatrix +Parser):\n%s", round, s.Name, diff)
			}
			if wantF != nil {
				found++
			}
			if wantM != nil {
				found++
			}
		}
		if found < 8 {
			t.Fatalf("round %d: only %d blocks in the test sheets", round, found)
		}
		p.Reset()
	}
}

// A nil *Parser reads as ParseFunds and ParseMatrix do.
func TestNilParserReadsIntoNewMemory(t *testing.T) {
	var p *budget.Parser
	for _, s := range parserSheets(t)[:3] {
		gotF, _ := p.ParseFunds(s, nil)
		wantF, _ := budget.ParseFunds(s, nil)
		gotM, _ := p.ParseMatrix(s, nil)
		wantM, _ := budget.ParseMatrix(s, nil)
		if diff := cmp.Diff(wantF, gotF, blockCompare); diff != "" {
			t.Fatalf("%s funds (-ParseFunds +nil Parser):\n%s", s.Name, diff)
		}
		if diff := cmp.Diff(wantM, gotM, blockCompare); diff != "" {
			t.Fatalf("%s matrix (-ParseMatrix +nil Parser):\n%s", s.Name, diff)
		}
	}
	p.Reset() // on nil: nothing to forget
}
