package evaluation_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

// fixCases are workbooks with defects whose findings offer fixes: the
// planted defects of every layout, and the cases of issue 12.
func fixCases() map[string]*testgen.Workbook {
	out := map[string]*testgen.Workbook{}
	for name, style := range layoutVariants() {
		for _, d := range defects {
			if d.plant == nil {
				continue
			}
			wb := testgen.Reference()
			wb.Style = style
			d.plant(wb)
			out[name+"/"+d.name] = wb
		}
	}
	for name, plant := range map[string]func(*testgen.Workbook){
		"a typo in the 全年执行数 total":     func(w *testgen.Workbook) { w.Department.Lines[0].Executed = "283.97" },
		"a unit typed in a matrix cell": func(w *testgen.Workbook) { w.Department.Matrix.Values[0][1] = testgen.AsText("1441000元") },
		"a score against its rule": func(w *testgen.Workbook) {
			for i := range w.Score.Rows {
				if w.Score.Rows[i].Level3 == "全国科普日主场活动参与人次" {
					w.Score.Rows[i].Score = "5.04"
				}
			}
			w.Score.TotalScore, w.Score.Total, w.Score.Subtotals[0].Value = "96.45", "96.45", "47.95"
		},
		"a rate off by a digit": func(w *testgen.Workbook) { w.Department.Lines[0].Rate = "0.9999" },
	} {
		wb := testgen.Reference()
		plant(wb)
		out[name] = wb
	}
	return out
}

// Every fix jixiao offers is right: typed into a copy of the workbook (the
// cell it names and the cells its Then names), with the package's writer,
// it mends every finding that offered it and makes no new one.
func TestOfferedFixesMendAndAddNothing(t *testing.T) {
	dir := t.TempDir()
	tried := 0
	for name, wb := range fixCases() {
		t.Run(name, func(t *testing.T) {
			src := filepath.Join(dir, "src.xlsx")
			if err := wb.Write(src); err != nil {
				t.Fatal(err)
			}
			before, err := evaluation.Evaluate(context.Background(), src, evaluation.Options{})
			if err != nil {
				t.Fatal(err)
			}
			values := map[string]string{}
			var fixed []evaluation.Finding
			for _, f := range before.Findings {
				if f.Fix == nil {
					continue
				}
				fixed = append(fixed, f)
				values[f.FixRef().String()] = f.Fix.Value
				for _, step := range f.Fix.Then {
					at := step.Cell
					if !containsSheet(at) {
						at = f.Sheet + "!" + at
					}
					values[at] = step.Value
				}
			}
			if len(values) == 0 {
				return
			}
			tried++
			dst := filepath.Join(dir, "fixed.xlsx")
			if err := xlsxwrite.SetCells(src, dst, values); err != nil {
				t.Fatal(err)
			}
			after, err := evaluation.Evaluate(context.Background(), dst, evaluation.Options{})
			if err != nil {
				t.Fatal(err)
			}
			had := map[string]bool{}
			for _, f := range before.Findings {
				had[f.Code+" "+f.Sheet+"!"+f.Cell] = true
			}
			left := map[string]bool{}
			for _, f := range after.Findings {
				key := f.Code + " " + f.Sheet + "!" + f.Cell
				left[key] = true
				if f.Severity != evaluation.SeverityInfo && !had[key] {
					t.Errorf("typing the fixes %v made a new finding: %s %s", values, key, f.Message)
				}
			}
			for _, f := range fixed {
				if key := f.Code + " " + f.Sheet + "!" + f.Cell; left[key] {
					t.Errorf("typing the fixes %v left %s: %s", values, key, f.Message)
				}
			}
		})
	}
	if tried < 20 {
		t.Errorf("only %d cases offered fixes; the test proves little", tried)
	}
}

func containsSheet(cell string) bool {
	for i := range len(cell) {
		if cell[i] == '!' {
			return true
		}
	}
	return false
}
