package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/internal/testgen"
)

// The text report gives one line per form that could not be checked in
// full, saying what and why.
func TestCheckTextShowsCoverage(t *testing.T) {
	wb := testgen.Reference()
	wb.Score, wb.Projects = nil, nil
	wb.Department.Matrix = nil
	wb.Department.Lines[0].Label = "资金盘子"
	path := filepath.Join(t.TempDir(), "dept.xlsx")
	if err := wb.Write(path); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := runCmd(t, "check", path)
	want := "  部门整体支出绩效自评表: 核对 9 项；未核对：JX101 未找到“年度资金总额”行（B7、C7、D7）；未核对：JX102 未找到“年度资金总额”行（B7、C7、D7）\n"
	if !strings.Contains(stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, stdout)
	}
	_, stdout, _ = runCmd(t, "check", "--lang", "en", path)
	want = "  部门整体支出绩效自评表: 9 checks ran; not checked: JX101 no 年度资金总额 line was found (B7, C7, D7); not checked: JX102 no 年度资金总额 line was found (B7, C7, D7)\n"
	if !strings.Contains(stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, stdout)
	}
}
