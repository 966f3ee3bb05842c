package evaluation_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// got is what the variant tests compare of a finding: everything but the
// message, with the cells resolved.
type got struct {
	Code, Sheet, Cell, Expected, Actual string
	Fix                                 string // "D16=14.74"
}

// want is a finding in layout keys of testgen, so that one expectation
// holds for every layout variant.
type want struct {
	code, at, expected, actual string
	fixAt, fix                 string
}

func (w want) resolve(l testgen.Layout) got {
	g := got{Code: w.code, Sheet: l[w.at].Sheet, Cell: l[w.at].A1(), Expected: w.expected, Actual: w.actual}
	if w.fixAt != "" {
		g.Fix = l[w.fixAt].A1() + "=" + w.fix
	}
	return g
}

// check writes the workbook, evaluates it, and returns the findings other
// than the computed-formula notes, and the report.
func check(t *testing.T, wb *testgen.Workbook) ([]got, *evaluation.Report) {
	t.Helper()
	data, _, err := wb.Build()
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "variant.xlsx", evaluation.Options{})
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	var out []got
	for _, f := range rep.Findings {
		if f.Code == evaluation.CodeComputedFormula {
			continue
		}
		g := got{Code: f.Code, Sheet: f.Sheet, Cell: f.Cell, Expected: f.Expected, Actual: f.Actual}
		if f.Fix != nil {
			g.Fix = f.Fix.Cell + "=" + f.Fix.Value
		}
		out = append(out, g)
	}
	return out, rep
}

// layoutVariants are the layouts every defect is planted in.
func layoutVariants() map[string]testgen.Style {
	return map[string]testgen.Style{
		"reference":                   {},
		"columns reordered":           {ColumnOrder: testgen.ShuffledColumns()},
		"labels split by spaces":      {SplitLabels: " "},
		"labels split by line breaks": {SplitLabels: "\n"},
		"half-width brackets":         {HalfWidth: true},
		"权重 for 分值":                   {WeightWord: "权重"},
		"调整后预算数":                      {AdjustedWord: "调整后预算数"},
		"全年(调整)预算数 and 预算执行数/率":       {AdjustedWord: "全年(调整)预算数", ExecutedWord: "预算执行数", RateWord: "预算执行率"},
		"transposed budget block":     {TransposedBudget: true},
		"blocks offset":               {Offset: testgen.Offset{Cols: 1, Rows: 2}},
		"labels not merged":           {Merges: testgen.MergeNone},
		"labels repeated":             {Merges: testgen.MergeRepeat},
		"everything at once": {
			ColumnOrder: testgen.ShuffledColumns(), SplitLabels: "\n", HalfWidth: true, WeightWord: "权重",
			AdjustedWord: "调整后预算数", TransposedBudget: true, Offset: testgen.Offset{Cols: 2, Rows: 1},
			Merges: testgen.MergeRepeat,
		},
	}
}

// defects are planted in the reference content, each with the exact
// findings it must give.
var defects = []struct {
	name  string
	plant func(*testgen.Workbook)
	want  []want
}{
	{name: "clean twin"},
	{
		name: "economic classification typed as the narrative states it",
		plant: func(w *testgen.Workbook) {
			w.Department.Matrix.Values[0][2] = "61.74"
		},
		want: []want{
			{evaluation.CodeMatrixRow, "dept.matrix[基本支出][合计]", "283.79", "236.79", "dept.matrix[基本支出][商品和服务支出]", "14.74"},
			{evaluation.CodeMatrixColumn, "dept.matrix[合计][商品和服务支出]", "108.74", "61.74", "dept.matrix[基本支出][商品和服务支出]", "14.74"},
		},
	},
	{
		name: "rate as a number that does not follow",
		plant: func(w *testgen.Workbook) {
			w.Department.Lines[3].Rate = testgen.Percent("0.76")
		},
		want: []want{{evaluation.CodeRate, "dept.line[按支出性质分：基本支出].rate", "100.00%", "76.00%", "dept.line[按支出性质分：基本支出].rate", "100.00%"}},
	},
	{
		name: "rate typed as text 76%",
		plant: func(w *testgen.Workbook) {
			w.Department.Lines[0].Rate = "76%"
		},
		// "76%" shows no places of a percent: it is judged at them.
		want: []want{{evaluation.CodeRate, "dept.line[年度资金总额].rate", "100%", "76%", "dept.line[年度资金总额].rate", "100%"}},
	},
	{
		name: "sources do not add up",
		plant: func(w *testgen.Workbook) {
			w.Department.Lines[1].Initial = "280"
		},
		want: []want{{evaluation.CodeSourceSum, "dept.line[年度资金总额].initial", "280.00", "283.79", "", ""}},
	},
	{
		name: "project score above its weight",
		plant: func(w *testgen.Workbook) {
			w.Projects[0].Indicators[6].Score = "10.5"
			w.Projects[0].TotalScore = "100.5"
		},
		want: []want{
			// Without a printed rule a score for a missed target is a
			// person's judgement: only the range is an error, and no
			// value is certain enough to offer.
			{evaluation.CodeScoreRange, "project[0].row[参与公众满意度].score", "10.00", "10.50", "", ""},
		},
	},
	{
		name: "score sheet total and grade",
		plant: func(w *testgen.Workbook) {
			w.Score.Rows[2].Score = "3.54" // 全国科普日主场活动参与人次, was 5.54
			w.Score.Grade = "良"
		},
		want: []want{
			// Any of the nine 履职效能 scores could be the culprit by the sums
			// alone; recomputing each from its 评分标准 names the one.
			{evaluation.CodeRuleScore, "score.row[全国科普日主场活动参与人次].score", "5.54", "3.54", "score.row[全国科普日主场活动参与人次].score", "5.54"},
			{evaluation.CodeSubtotal, "score.subtotal[履职效能得分]", "46.45", "48.45", "score.row[全国科普日主场活动参与人次].score", "5.54"},
			{evaluation.CodeTotalScore, "score.sum.score", "94.95", "96.95", "score.row[全国科普日主场活动参与人次].score", "5.54"},
			{evaluation.CodeDeclaredTotal, "score.total", "94.95", "96.95", "score.row[全国科普日主场活动参与人次].score", "5.54"},
			{evaluation.CodeGrade, "score.grade", "优", "良", "score.grade", "优"},
		},
	},
	{
		name: "project rate score",
		plant: func(w *testgen.Workbook) {
			w.Projects[0].Funds[0].Executed = "35.72"
			w.Projects[0].Funds[1].Executed = "35.72"
			w.Projects[0].Funds[0].Rate = testgen.Percent("0.76")
			w.Department.Lines[4].Executed = "35.72"
			w.Department.Lines[4].Rate = testgen.Percent("0.76")
			w.Department.Lines[0].Executed = "272.51"
			w.Department.Lines[1].Executed = "272.51"
			w.Department.Lines[0].Rate = testgen.Percent("0.9603")
			w.Department.Lines[1].Rate = testgen.Percent("0.9603")
			w.Department.Matrix.Values[1] = []string{"35.72", "0", "35.72", "0", "0"}
			w.Department.Matrix.Values[2] = []string{"272.51", "144.1", "50.46", "77.95", "0"}
		},
		want: []want{{evaluation.CodeRateScore, "project[0].fund[年度资金总额].score", "7.60", "10.00", "project[0].fund[年度资金总额].score", "7.60"}},
	},
}

// sortedWant resolves and orders expectations as reports order findings.
func resolveAll(ws []want, l testgen.Layout) []got {
	out := make([]got, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.resolve(l))
	}
	return out
}

func TestLayoutVariantsWithPlantedDefects(t *testing.T) {
	for vname, style := range layoutVariants() {
		for _, d := range defects {
			t.Run(vname+"/"+d.name, func(t *testing.T) {
				wb := testgen.Reference()
				wb.Style = style
				if d.plant != nil {
					d.plant(wb)
				}
				layout, err := wb.Layout()
				if err != nil {
					t.Fatal(err)
				}
				gotFindings, rep := check(t, wb)
				wantFindings := resolveAll(d.want, layout)
				if diff := cmp.Diff(wantFindings, gotFindings, sortGot, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("findings (-want +got):\n%s", diff)
				}
				if len(rep.Forms) != 3 {
					t.Errorf("forms = %d, want 3: %+v", len(rep.Forms), rep.Forms)
				}
			})
		}
	}
}
