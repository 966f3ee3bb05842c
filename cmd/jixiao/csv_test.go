package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The CSV opens in Excel on a Chinese Windows: a UTF-8 byte order mark,
// headers in Chinese (in English with --lang en), the score and grade of
// the finding's form, one row per form for a workbook without findings,
// and one row with its error code for a file that cannot be read.
func TestCheckCSVForExcel(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.xlsx")
	if err := os.WriteFile(bad, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := runCmd(t, "check", "--format", "csv", valid, bad, asReported)
	if !strings.HasPrefix(stdout, "\ufeff文件,是否通过,代码,级别,工作表,单元格,") {
		t.Fatalf("header %q", strings.SplitN(stdout, "\n", 2)[0])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var forms, findings, unreadable int
	for _, r := range rows[1:] {
		switch {
		case r[col["无法读取"]] != "":
			unreadable++
			if r[col["无法读取"]] != "not-xlsx" || r[col["文件"]] != bad || !strings.Contains(r[col["说明"]], "bad.xlsx") {
				t.Errorf("unreadable row %q", r)
			}
		case r[col["代码"]] == "":
			forms++
		default:
			findings++
			if r[col["工作表"]] == "部门整体支出绩效自评表" && r[col["得分"]] != "" {
				t.Errorf("a department sheet has no score: %q", r)
			}
		}
	}
	if forms != 3 || findings != 2 || unreadable != 1 {
		t.Errorf("%d form rows, %d finding rows, %d unreadable, want 3, 2, 1:\n%s", forms, findings, unreadable, stdout)
	}
	if !strings.Contains(stdout, "部门整体支出绩效评价评分表,,,,,,,,,,,96.95,优,") {
		t.Errorf("the score sheet's row lacks its score and grade:\n%s", stdout)
	}
	_, stdout, _ = runCmd(t, "check", "--format", "csv", "--lang", "en", valid)
	if !strings.HasPrefix(stdout, "\ufefffile,valid,code,severity,sheet,cell,related,expected,actual,message,fix_cell,fix_value,source,paragraph,quote,score,grade,error\n") {
		t.Errorf("English header %q", strings.SplitN(stdout, "\n", 2)[0])
	}
}
