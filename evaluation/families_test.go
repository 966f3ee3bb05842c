package evaluation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// familyCase is one workbook of a real layout family: a clean twin (no
// edit, no findings) or one defect planted in a copy, with the findings it
// must give and nothing else.
type familyCase struct {
	name  string
	edit  func(*testgen.Workbook)
	wants []want
	score string // the form's score as the report gives it
}

// The families of testdata/real beyond the reference forms, generated:
// F1 (the national 10号 form, 分值 10 in the fund block, 总分 of 100), F3
// (the 20/80 form: 得分（20分*执行率）, scores only, parent rows), F5 (the
// Chongqing flat department list: 自评总分 at the top, a bare 79.27 rate
// merged over two lines, 指标性质 in its own column) and F6 (the Hunan 53号
// table: weights in merged 一级 and 二级 labels, 合计 by SUM). Errors and
// warnings are compared exactly; info findings are not (F6's rules are
// mostly unread yet, issue 13).
func TestFamiliesWithPlantedDefects(t *testing.T) {
	families := []struct {
		family string
		clean  func() *testgen.Workbook
		cases  []familyCase
	}{
		{"F1", testgen.NationalProject, []familyCase{
			{"clean", nil, nil, "98.62"},
			{"总分 leaves out the fund block's 8.62", func(w *testgen.Workbook) { w.Projects[0].TotalScore = "88.62" },
				[]want{{evaluation.CodeTotalScore, "project[0].total.score", "98.62", "88.62", "", ""}}, "88.62"},
			{"执行率 digits swapped", func(w *testgen.Workbook) { w.Projects[0].Funds[0].Rate = "0.8816" },
				[]want{{evaluation.CodeRate, "project[0].fund[0].rate", "86.18%", "88.16%", "project[0].fund[0].rate", "86.18%"}}, "98.62"},
			{"full marks for a missed >=90% target", func(w *testgen.Workbook) { w.Projects[0].Indicators[4].Actual = "85%" },
				[]want{{evaluation.CodeMissedFullMarks, "project[0].row[4].score", "9.44", "10.00", "project[0].row[4].score", "9.44"}}, "98.62"},
			{"full rate score for 86.18%", func(w *testgen.Workbook) {
				w.Projects[0].Funds[0].Score, w.Projects[0].TotalScore = "10", "100"
			}, []want{{evaluation.CodeRateScore, "project[0].fund[0].score", "8.62", "10.00", "project[0].fund[0].score", "8.62"}}, "100.00"},
		}},
		{"F3", testgen.HubeiProject, []familyCase{
			{"clean", nil, nil, "82.15"},
			{"a parent row above its children", func(w *testgen.Workbook) { w.Families[0].Rows[3].Score = "4" },
				[]want{{evaluation.CodeSubtotal, "family[0].row[0].score", "14.00", "15.00", "", ""}}, "82.15"},
			{"full 20 points for a 10.77% rate", func(w *testgen.Workbook) {
				w.Families[0].Funds[0].Score, w.Families[0].TotalScore = "20", "100"
			}, []want{{evaluation.CodeRateScore, "family[0].fund[0].score", "2.15", "20.00", "family[0].fund[0].score", "2.15"}}, "100.00"},
			{"总分 ten points too high", func(w *testgen.Workbook) { w.Families[0].TotalScore = "92.15" },
				[]want{{evaluation.CodeTotalScore, "family[0].total.score", "82.15", "92.15", "", ""}}, "92.15"},
			{"执行率 digits swapped", func(w *testgen.Workbook) { w.Families[0].Funds[0].Rate = "0.1707" },
				[]want{{evaluation.CodeRate, "family[0].fund[0].rate", "10.77%", "17.07%", "family[0].fund[0].rate", "10.77%"}}, "82.15"},
		}},
		{"F5", testgen.ChongqingDepartment, []familyCase{
			{"clean", nil, nil, "97.93"},
			{"自评总分 two points too high", func(w *testgen.Workbook) { w.Families[0].Declared = "99.93" },
				[]want{{evaluation.CodeDeclaredTotal, "family[0].declared", "97.93", "99.93", "", ""}}, "99.93"},
			{"a bare rate mistyped, once for the two lines it spans", func(w *testgen.Workbook) { w.Families[0].Funds[0].Rate = "97.27" },
				[]want{{evaluation.CodeRate, "family[0].fund[0].rate", "0.7927", "0.9727", "family[0].fund[0].rate", "79.27"}}, "97.93"},
			{"full marks for a missed ≤ target", func(w *testgen.Workbook) { w.Families[0].Rows[4].Actual = "1.2" },
				[]want{{evaluation.CodeMissedFullMarks, "family[0].row[4].score", "7.50", "10.00", "family[0].row[4].score", "7.50"}}, "97.93"},
			{"full rate score for 79.27%", func(w *testgen.Workbook) {
				w.Families[0].Funds[0].Score, w.Families[0].Declared = "10", "100"
			}, []want{{evaluation.CodeRateScore, "family[0].fund[0].score", "7.93", "10.00", "family[0].fund[0].score", "7.93"}}, "100.00"},
		}},
		{"F6", testgen.HunanDepartment, []familyCase{
			{"clean", nil, nil, "99.00"},
			{"a score above its weight", func(w *testgen.Workbook) {
				w.Families[0].Rows[9].Score, w.Families[0].TotalScore = "11", "101"
			}, []want{{evaluation.CodeScoreRange, "family[0].row[9].score", "10.00", "11.00", "", ""}}, "101.00"},
			{"合计 weight typed 90", func(w *testgen.Workbook) { w.Families[0].TotalWeight = "90" },
				[]want{{evaluation.CodeTotalWeight, "family[0].total.weight", "100", "90", "family[0].total.weight", "100"}}, "99.00"},
			{"a 二级 label weight that its rows do not add up to", func(w *testgen.Workbook) {
				for i := range 3 {
					w.Families[0].Rows[i].Level2 = "预算配置（20分）"
				}
			}, []want{{evaluation.CodeChildWeights, "family[0].row[0].level2", "15", "20", "", ""}}, "99.00"},
			{"合计 score one point short", func(w *testgen.Workbook) { w.Families[0].TotalScore = "98" },
				[]want{{evaluation.CodeTotalScore, "family[0].total.score", "99.00", "98.00", "", ""}}, "98.00"},
		}},
	}
	for _, fam := range families {
		for _, c := range fam.cases {
			t.Run(fam.family+"/"+c.name, func(t *testing.T) {
				wb := fam.clean()
				if c.edit != nil {
					c.edit(wb)
				}
				layout, err := wb.Layout()
				if err != nil {
					t.Fatal(err)
				}
				findings, rep := check(t, wb)
				var serious []got
				for i, f := range findings {
					if severityOf(rep, f) != evaluation.SeverityInfo {
						serious = append(serious, findings[i])
					}
				}
				if diff := cmp.Diff(resolveAll(c.wants, layout), serious, sortGot, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("errors and warnings (-want +got):\n%s", diff)
				}
				if rep.Valid != (len(c.wants) == 0) {
					t.Errorf("valid = %v with %d planted defects", rep.Valid, len(c.wants))
				}
				if len(rep.Forms) != 1 || rep.Forms[0].Score == nil || *rep.Forms[0].Score != c.score {
					t.Errorf("forms %+v, want one scored %s", rep.Forms, c.score)
				}
			})
		}
	}
}

// severityOf is the severity of the report's finding that g was made from.
func severityOf(rep *evaluation.Report, g got) evaluation.Severity {
	for _, f := range rep.Findings {
		if f.Code == g.Code && f.Sheet == g.Sheet && f.Cell == g.Cell {
			return f.Severity
		}
	}
	return ""
}
