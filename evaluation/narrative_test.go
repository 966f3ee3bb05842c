package evaluation_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/narrative"
)

const (
	seedWorkbook = "../testdata/haizhu-kexie-2023.xlsx"
	seedReport   = "../testdata/haizhu-kexie-2023-report.txt"
)

// reportFinding is a finding about the report, as the tests compare it.
type reportFinding struct {
	Code, Cell, Expected, Actual string
	Paragraph                    int
}

func checkWithReport(t *testing.T, doc *narrative.Document) ([]reportFinding, *evaluation.Report) {
	t.Helper()
	rep, err := evaluation.NewChecker(evaluation.Options{}).EvaluateWithReport(context.Background(), seedWorkbook, doc)
	if err != nil {
		t.Fatal(err)
	}
	var out []reportFinding
	for _, f := range rep.Findings {
		if f.Source != evaluation.SourceReport {
			t.Errorf("a finding of the workbook: %+v", f)
			continue
		}
		out = append(out, reportFinding{f.Code, f.Sheet + "!" + f.Cell, f.Expected, f.Actual, f.Paragraph})
	}
	return out, rep
}

func seedDocument(t *testing.T) *narrative.Document {
	t.Helper()
	doc, err := narrative.ReadFile(seedReport, narrative.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// edited is the seed report with one text replaced (once, and it must be
// there).
func edited(t *testing.T, doc *narrative.Document, old, new string) *narrative.Document {
	t.Helper()
	out := *doc
	out.Paragraphs = append([]string(nil), doc.Paragraphs...)
	for i, p := range out.Paragraphs {
		if strings.Contains(p, old) {
			out.Paragraphs[i] = strings.Replace(p, old, new, 1)
			return &out
		}
	}
	t.Fatalf("the report has no %q", old)
	return nil
}

// The real report hides its own error in one sentence: the parts of 基本支出
// add up to 283.79, not the 236.79 it states. Against the consistent
// workbook that is the only finding, and it names the part to correct
// (61.74, which the workbook's D16 gives as 14.74); 283.79, 47, 96.95,
// 48.45, 48.5, 100%, 8 and 25 all agree.
func TestSeedReportAgainstItsWorkbook(t *testing.T) {
	got, rep := checkWithReport(t, seedDocument(t))
	want := []reportFinding{{evaluation.CodeReportSum, "部门整体支出绩效自评表!D16", "283.79", "236.79", 11}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	msg := rep.Findings[0].Message
	for _, part := range []string{"144.10", "61.74", "77.95", "14.74"} {
		if !strings.Contains(msg, part) {
			t.Errorf("the message does not name %s: %s", part, msg)
		}
	}
	if !strings.HasPrefix(rep.Findings[0].Quote, "主要包括：基本支出全年共支出 236.79 万元") {
		t.Errorf("quote %q", rep.Findings[0].Quote)
	}
	cov := rep.Narrative
	if cov == nil || cov.Paragraphs != 30 || cov.Figures != 19 || cov.Compared != 18 || len(cov.Unmatched) != 0 {
		t.Errorf("narrative coverage %+v, want 30 paragraphs, 19 figures, 18 compared (one folded into JX501), none unmatched", cov)
	}
}

// The report saved as .docx gives the same findings.
func TestSeedReportAsDocx(t *testing.T) {
	txt, _ := checkWithReport(t, seedDocument(t))
	data := testgen.Docx(seedDocument(t).Paragraphs)
	doc, err := narrative.Read(bytes.NewReader(data), int64(len(data)), "report.docx", narrative.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docx, _ := checkWithReport(t, doc)
	if diff := cmp.Diff(txt, docx); diff != "" {
		t.Errorf(".docx findings differ from .txt (-txt +docx):\n%s", diff)
	}
}

// Each defect planted in the corrected report gives exactly its finding.
func TestPlantedReportDefects(t *testing.T) {
	fixed := edited(t, seedDocument(t), "商品和服务支出 61.74 万元", "商品和服务支出 14.74 万元")
	if got, _ := checkWithReport(t, fixed); len(got) != 0 {
		t.Fatalf("the corrected report: %+v", got)
	}
	score := "部门整体支出绩效评价评分表!"
	for _, tc := range []struct {
		name     string
		old, new string
		want     []reportFinding
	}{
		{"a total score the workbook does not have", "自评得分为 96.95 分", "自评得分为 95.95 分",
			[]reportFinding{{evaluation.CodeReportWorkbook, score + "B33", "96.95", "95.95", 16}}},
		{"a sub-score that disagrees with its subtotal", "履职效能得分 48.45 分", "履职效能得分 47.45 分",
			[]reportFinding{{evaluation.CodeReportWorkbook, score + "B31", "48.45", "47.45", 16}}},
		{"a wrong count of indicators", "25 个三级指标", "24 个三级指标",
			[]reportFinding{{evaluation.CodeReportWorkbook, score + "A4", "25", "24", 16}}},
		{"a grade that disagrees", "经统计，", "评价等级为良。经统计，",
			[]reportFinding{{evaluation.CodeReportWorkbook, score + "B34", "优", "良", 16}}},
		{"a spending total that is not 基本 + 项目", "支出为 283.79 万元", "支出为 293.79 万元",
			[]reportFinding{
				{evaluation.CodeReportNatures, "!", "283.79", "293.79", 11},
				{evaluation.CodeReportRate, "!", "1.04", "1.00", 11},
				{evaluation.CodeReportWorkbook, "部门整体支出绩效自评表!D8", "283.79", "293.79", 11},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := checkWithReport(t, edited(t, fixed, tc.old, tc.new))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// Without a report the checks of the report do not run, and say nothing.
func TestNoReportNoReportChecks(t *testing.T) {
	rep, err := evaluation.Evaluate(context.Background(), seedWorkbook, evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Narrative != nil || len(rep.Findings) != 0 {
		t.Errorf("narrative %+v, findings %+v", rep.Narrative, rep.Findings)
	}
	if _, err := os.Stat(seedReport); err != nil {
		t.Fatal(err)
	}
}

// A line's budget or income is compared with its 全年预算数, its 年初 figure
// with 年初预算数, and what it spent with 全年执行数.
func TestReportFiguresMeetTheirMeasure(t *testing.T) {
	doc := &narrative.Document{Name: "r.txt", Paragraphs: []string{
		"财政拨款收入 283.79 万元，年初预算数 283.79 万元。基本支出全年共支出 236.79 万元。",
	}}
	got, rep := checkWithReport(t, doc)
	if len(got) != 0 || rep.Narrative.Compared != 3 {
		t.Errorf("findings %+v, compared %d, want none and 3", got, rep.Narrative.Compared)
	}
	doc.Paragraphs[0] = strings.Replace(doc.Paragraphs[0], "财政拨款收入 283.79", "财政拨款收入 280.79", 1)
	if got, _ := checkWithReport(t, doc); len(got) != 1 || got[0].Cell != "部门整体支出绩效自评表!C9" {
		t.Errorf("findings %+v, want one at the 财政拨款 line's 全年预算数 (C9)", got)
	}
}

// A project's report (its title says 项目…报告) is matched to the
// workbook's one project sheet: its budget, spending and rate to the fund
// block's whole (in 元 there, 万元 in the report), its scores to the sheet's.
func TestProjectReportAgainstItsSheet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "project.xlsx")
	if err := testgen.NationalProject().Write(path); err != nil {
		t.Fatal(err)
	}
	report := func(score string) *narrative.Document {
		return &narrative.Document{Name: "report.txt", Paragraphs: []string{
			"体育中心与委托运营方结算费用项目支出绩效自评报告",
			"项目预算 25 万元，实际支出 21.55 万元，预算执行率 86.18%。",
			"共设置 5 个三级指标，项目自评得分 " + score + " 分，其中产出指标得分 50 分，效益指标得分 30 分。",
		}}
	}
	check := func(doc *narrative.Document) ([]reportFinding, *evaluation.Report) {
		rep, err := evaluation.NewChecker(evaluation.Options{}).EvaluateWithReport(context.Background(), path, doc)
		if err != nil {
			t.Fatal(err)
		}
		var out []reportFinding
		for _, f := range rep.Findings {
			if f.Source == evaluation.SourceReport {
				out = append(out, reportFinding{f.Code, f.Sheet + "!" + f.Cell, f.Expected, f.Actual, f.Paragraph})
			}
		}
		return out, rep
	}
	got, rep := check(report("98.62"))
	if len(got) != 0 || rep.Narrative.Compared != 7 || len(rep.Narrative.Unmatched) != 0 {
		t.Errorf("findings %+v, coverage %+v; want none, 7 compared", got, rep.Narrative)
	}
	got, _ = check(report("96.62"))
	want := []reportFinding{{evaluation.CodeReportWorkbook, "项目自评表!H18", "98.62", "96.62", 3}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
