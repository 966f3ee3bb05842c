package evaluation_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/shopspring/decimal"
)

// realVerdict is one entry of testdata/real/expected.json: the verdict a
// careful bureau reviewer gives a workbook rebuilt from a published table
// (testdata/real/README.md §4).
type realVerdict struct {
	File          string      `json:"file"`
	MustFlag      []realGroup `json:"must_flag"`
	MayFlag       []realGroup `json:"may_flag"`
	MustNotFlag   []realGroup `json:"must_not_flag"`
	NoneElsewhere bool        `json:"must_not_flag_errors_elsewhere"`
	Score         *json.Number
	Grade         *string
	Forms         []struct {
		Score json.Number `json:"score"`
		Grade string      `json:"grade"`
	} `json:"forms"`
}

type realGroup struct {
	Sheet string   `json:"sheet"`
	Cells []string `json:"cells"`
}

type realCell struct{ sheet, cell string }

func cellsOf(groups []realGroup) map[realCell]bool {
	out := map[realCell]bool{}
	for _, g := range groups {
		for _, c := range g.Cells {
			out[realCell{g.Sheet, c}] = true
		}
	}
	return out
}

// TestRealTables judges jixiao on the twelve workbooks rebuilt from tables
// that departments published, with the rules of testdata/real/score.py:
// an error touches a cell of every must_flag group; no error's primary
// cell is a trap (must_not_flag), nor, where the verdict says so, outside
// must_flag and may_flag; every declared score and grade is reported by
// some form. Warnings never count.
func TestRealTables(t *testing.T) {
	data, err := os.ReadFile("../testdata/real/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var verdicts []realVerdict
	if err := json.Unmarshal(data, &verdicts); err != nil {
		t.Fatal(err)
	}
	if len(verdicts) != 12 {
		t.Fatalf("%d verdicts, want 12", len(verdicts))
	}
	for _, v := range verdicts {
		t.Run(v.File, func(t *testing.T) {
			rep, err := evaluation.Evaluate(context.Background(), filepath.Join("../testdata/real", v.File), evaluation.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range realProblems(v, rep) {
				t.Error(p)
			}
		})
	}
}

func realProblems(v realVerdict, rep *evaluation.Report) []string {
	var problems []string
	touched, primary := map[realCell]bool{}, map[realCell]bool{}
	for _, f := range rep.Errors() {
		primary[realCell{f.Sheet, f.Cell}] = true
		touched[realCell{f.Sheet, f.Cell}] = true
		for _, r := range f.Related {
			touched[realCell{f.Sheet, r}] = true
		}
	}
	for _, g := range v.MustFlag {
		hit := false
		for _, c := range g.Cells {
			hit = hit || touched[realCell{g.Sheet, c}]
		}
		if !hit {
			problems = append(problems, fmt.Sprintf("missed %s!%v", g.Sheet, g.Cells))
		}
	}
	allowed := cellsOf(append(append([]realGroup{}, v.MustFlag...), v.MayFlag...))
	banned := cellsOf(v.MustNotFlag)
	for c := range primary {
		if banned[c] {
			problems = append(problems, fmt.Sprintf("an error on the trap %s!%s", c.sheet, c.cell))
		} else if v.NoneElsewhere && !allowed[c] {
			problems = append(problems, fmt.Sprintf("a false error at %s!%s", c.sheet, c.cell))
		}
	}
	type scored struct{ score, grade string }
	var wanted []scored
	for _, f := range v.Forms {
		wanted = append(wanted, scored{f.Score.String(), f.Grade})
	}
	if len(wanted) == 0 && v.Score != nil {
		wanted = append(wanted, scored{v.Score.String(), *v.Grade})
	}
	for _, w := range wanted {
		want := decimal.RequireFromString(w.score)
		found := false
		for _, f := range rep.Forms {
			if s, ok := f.ScoreDecimal(); ok && s.Equal(want) && f.Grade != nil && *f.Grade == w.grade {
				found = true
			}
		}
		if !found {
			problems = append(problems, fmt.Sprintf("no form scores %s %s", w.score, w.grade))
		}
	}
	return problems
}

// The Hunan 53号 table writes its rules beside the scores and no actual
// values: its checklists and judgements are left to a person (never
// unreadable), and the rules that need an actual are said to lack one.
func TestRealRulesOfTheHunanTable(t *testing.T) {
	rep := evaluate(t, "../testdata/real/yueyang-gonglu-dept.xlsx", evaluation.Options{})
	if len(rep.Forms) != 1 {
		t.Fatalf("forms: %+v", rep.Forms)
	}
	want := &evaluation.Coverage{Total: 23, Manual: 15, Unusable: 8}
	if diff := cmp.Diff(want, rep.Forms[0].Recomputed); diff != "" {
		t.Errorf("recomputed (-want +got):\n%s", diff)
	}
	for _, f := range rep.Findings {
		if f.Code == evaluation.CodeRuleUnreadable {
			t.Errorf("a real rule called unreadable: %s %s", f.Cell, f.Actual)
		}
	}
}
