package annotate_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/annotate"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
	"github.com/xuri/excelize/v2"
)

// summaryRows reads the first sheet of an annotated workbook as text.
func summaryRows(t *testing.T, data []byte) (string, [][]string) {
	t.Helper()
	wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "annotated.xlsx", xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheets[0]
	var rows [][]string
	for r := 1; r <= s.Rows(); r++ {
		var row []string
		for _, c := range s.Row(r) {
			row = append(row, c.Text)
		}
		for len(row) > 0 && row[len(row)-1] == "" {
			row = row[:len(row)-1]
		}
		rows = append(rows, row)
	}
	return s.Name, rows
}

// TestAnnotateSummarySheet pins the layout of the 核查结果 sheet.
func TestAnnotateSummarySheet(t *testing.T) {
	data, err := os.ReadFile("../testdata/haizhu-kexie-2023-as-reported.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	const msg103 = "支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。"
	const msg104 = "支出经济分类“商品和服务支出”列：合计应为各项之和 108.74，表中填写 61.74，相差 47.00。"
	for _, tc := range []struct {
		name  string
		opts  evaluation.Options
		sheet string
		want  [][]string
	}{
		{"zh", evaluation.Options{}, "核查结果", [][]string{
			{"核查结果"},
			{"文件", "报送.xlsx"},
			{"结论", "不通过（错误 2，警告 0，提示 0）"},
			{"说明", "有问题的单元格已加批注：红色为错误，黄色为警告，提示只加批注不着色。点击“单元格”一栏可跳转到该单元格。"},
			nil,
			{"工作表", "类型", "得分", "等级"},
			{"部门整体支出绩效自评表", "部门整体支出"},
			{"部门整体支出绩效评价评分表", "部门评分表", "96.95", "优"},
			{"项目支出绩效自评表", "项目支出", "99.68", "优"},
			nil,
			{"工作表", "单元格", "级别", "代码", "应为", "实为", "说明", "建议"},
			{"部门整体支出绩效自评表", "B16", "错误", "JX103", "283.79", "236.79", msg103, "建议将 D16 改为 14.74。"},
			{"部门整体支出绩效自评表", "D18", "错误", "JX104", "108.74", "61.74", msg104, "建议将 D16 改为 14.74。"},
		}},
		{"nothing found", evaluation.Options{Disable: []string{"JX103", "JX104"}}, "核查结果", [][]string{
			{"核查结果"},
			{"文件", "报送.xlsx"},
			{"结论", "通过（错误 0，警告 0，提示 0）"},
			{"说明", "有问题的单元格已加批注：红色为错误，黄色为警告，提示只加批注不着色。点击“单元格”一栏可跳转到该单元格。"},
			nil,
			{"工作表", "类型", "得分", "等级"},
			{"部门整体支出绩效自评表", "部门整体支出"},
			{"部门整体支出绩效评价评分表", "部门评分表", "96.95", "优"},
			{"项目支出绩效自评表", "项目支出", "99.68", "优"},
			nil,
			{"工作表", "单元格", "级别", "代码", "应为", "实为", "说明", "建议"},
			{"", "", "", "", "", "", "未发现问题。"},
		}},
		{"en, partial", evaluation.Options{Language: "en", MaxFindings: 1}, "Check results", [][]string{
			{"Check results"},
			{"File", "报送.xlsx"},
			{"Verdict", "invalid (errors 1, warnings 0, notes 0)"},
			{"", "(too many findings; the list is partial)"},
			{"Key", "Cells with findings carry a comment: red for errors, yellow for warnings, none for notes. Click a cell in the Cell column to go there."},
			nil,
			{"Sheet", "Form", "Score", "Grade"},
			{"部门整体支出绩效自评表", "department"},
			{"部门整体支出绩效评价评分表", "department scores", "96.95", "优"},
			{"项目支出绩效自评表", "project", "99.68", "优"},
			nil,
			{"Sheet", "Cell", "Severity", "Code", "Expected", "Actual", "Message", "Fix"},
			{"部门整体支出绩效自评表", "B16", "Error", "JX103", "283.79", "236.79",
				"economic classification, row 基本支出: the total should be the sum of its parts, 283.79, but reads 236.79 (off by 47.00).", "Fix: set D16 to 14.74."},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			rep, err := annotate.Write(context.Background(), evaluation.NewChecker(tc.opts), &buf, bytes.NewReader(data), int64(len(data)), "报送.xlsx")
			if err != nil {
				t.Fatal(err)
			}
			if rep.File != "报送.xlsx" {
				t.Errorf("report file %q", rep.File)
			}
			name, rows := summaryRows(t, buf.Bytes())
			if name != tc.sheet {
				t.Errorf("first sheet %q, want %q", name, tc.sheet)
			}
			if diff := cmp.Diff(tc.want, rows); diff != "" {
				t.Errorf("summary (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAnnotateErrors(t *testing.T) {
	dir := t.TempDir()
	src := "../testdata/haizhu-kexie-2023-as-reported.xlsx"
	if _, err := annotate.File(context.Background(), evaluation.NewChecker(evaluation.Options{}), filepath.Join(dir, "missing.xlsx"), filepath.Join(dir, "out.xlsx")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing input: %v", err)
	}
	rep, err := annotate.File(context.Background(), evaluation.NewChecker(evaluation.Options{}), src, src)
	if !errors.Is(err, xlsxwrite.ErrSameFile) || rep == nil || rep.Valid {
		t.Errorf("output = input: %v (report %v), want ErrSameFile with the report", err, rep != nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := annotate.File(ctx, evaluation.NewChecker(evaluation.Options{}), src, filepath.Join(dir, "out.xlsx")); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.xlsx")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed annotation wrote its output: %v", err)
	}
}

func ExampleAnnotate() {
	dir, err := os.MkdirTemp("", "jixiao-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "annotated.xlsx")
	rep, err := annotate.File(context.Background(), evaluation.NewChecker(evaluation.Options{}), "../testdata/haizhu-kexie-2023-as-reported.xlsx", out)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("valid:", rep.Valid)
	wb, err := xlsx.Open(context.Background(), out, xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range wb.Sheets {
		fmt.Println(s.Name)
	}
	// The last sheet is very hidden: what the annotation changed, so that
	// annotating the copy again replaces its marks.
	// Output:
	// valid: false
	// 核查结果
	// 部门整体支出绩效自评表
	// 部门整体支出绩效评价评分表
	// 项目支出绩效自评表
	// jixiao_marks
}

// A corrected copy annotated again loses the earlier marks: the cells the
// first annotation filled get their own style back, its comments go, and
// there is one 核查结果, not a "核查结果 (2)" beside a stale one.
func TestReannotateReplacesEarlierMarks(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.xlsx"), filepath.Join(dir, "second.xlsx")
	c := evaluation.NewChecker(evaluation.Options{})
	if _, err := annotate.File(context.Background(), c, "../testdata/haizhu-kexie-2023-as-reported.xlsx", first); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(first)
	if err != nil {
		t.Fatal(err)
	}
	const sheet = "部门整体支出绩效自评表"
	if err := f.SetCellValue(sheet, "D16", 14.74); err != nil { // the department corrects D16
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rep, err := annotate.File(context.Background(), c, first, second)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Valid {
		t.Fatalf("the corrected copy: %+v", rep.Findings)
	}
	orig, err := excelize.OpenFile("../testdata/haizhu-kexie-2023-as-reported.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer orig.Close()
	got, err := excelize.OpenFile(second)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	if sheets := got.GetSheetList(); !slices.Equal(sheets, []string{annotate.SummarySheetName, sheet, "部门整体支出绩效评价评分表", "项目支出绩效自评表", xlsxwrite.MarkSheet}) {
		t.Errorf("sheets %q", sheets)
	}
	for _, cell := range []string{"B16", "D16", "D18"} {
		a, _ := orig.GetCellStyle(sheet, cell)
		b, _ := got.GetCellStyle(sheet, cell)
		sa, _ := orig.GetStyle(a)
		sb, _ := got.GetStyle(b)
		if !reflect.DeepEqual(sa.Fill, sb.Fill) {
			t.Errorf("%s: fill %+v, want its own %+v back", cell, sb.Fill, sa.Fill)
		}
	}
	comments, err := got.GetComments(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, cm := range comments {
		if cm.Author == xlsxwrite.CommentAuthor {
			t.Errorf("a stale comment on %s: %s", cm.Cell, cm.Text)
		}
	}
}

// The findings of the narrative report are listed on the 核查结果 sheet:
// one with no cell stands at its paragraph.
func TestAnnotateWithReport(t *testing.T) {
	doc, err := narrative.ReadFile("../testdata/haizhu-kexie-2023-report.txt", narrative.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "annotated.xlsx")
	rep, err := annotate.FileWithReport(context.Background(), evaluation.NewChecker(evaluation.Options{}), "../testdata/haizhu-kexie-2023-as-reported.xlsx", dst, doc)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	_, rows := summaryRows(t, data)
	found := false
	for _, row := range rows {
		if len(row) > 3 && row[0] == "自评报告第 11 段" && row[3] == evaluation.CodeReportSum {
			found = true
		}
	}
	if !found || len(rep.Errors()) != 3 {
		t.Errorf("no JX501 row at 自评报告第 11 段 among %d errors:\n%q", len(rep.Errors()), rows)
	}
}
