package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
)

func TestTemplateCommand(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name   string
		args   []string
		want   int
		sheets []string
	}{
		{"project", []string{"template", "--form", "project", "-o", filepath.Join(dir, "project.xlsx")}, exitValid, []string{"项目支出绩效自评表"}},
		{"department", []string{"template", "-o", filepath.Join(dir, "department.xlsx"), "--form=department"}, exitValid, []string{"部门整体支出绩效自评表", "部门整体支出绩效评价评分表"}},
		{"unknown form", []string{"template", "--form", "school", "-o", filepath.Join(dir, "x.xlsx")}, exitTrouble, nil},
		{"no -o", []string{"template", "--form", "project"}, exitTrouble, nil},
		{"no form", []string{"template", "-o", filepath.Join(dir, "y.xlsx")}, exitTrouble, nil},
		{"stray argument", []string{"template", "--form", "project", "-o", filepath.Join(dir, "z.xlsx"), "extra"}, exitTrouble, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, stdout, stderr := runCmd(t, tc.args...)
			if got != tc.want {
				t.Fatalf("exit %d, want %d (stderr %q)", got, tc.want, stderr)
			}
			if tc.sheets == nil {
				return
			}
			path := strings.TrimSpace(stdout)
			rep, err := evaluation.Evaluate(context.Background(), path, evaluation.Options{})
			if err != nil {
				t.Fatalf("the blank template does not read as a form: %v", err)
			}
			var sheets []string
			for _, f := range rep.Forms {
				sheets = append(sheets, f.Sheet)
			}
			if strings.Join(sheets, ",") != strings.Join(tc.sheets, ",") {
				t.Errorf("forms on %q, want %q", sheets, tc.sheets)
			}
		})
	}
}

// A blank template checked is 未填写: not 通过, exit 1, its forms shown as
// 未填写 and counted as such in a batch, not as 差.
func TestCheckBlankTemplate(t *testing.T) {
	dir := t.TempDir()
	blank := filepath.Join(dir, "blank.xlsx")
	if code, _, stderr := runCmd(t, "template", "--form", "department", "-o", blank); code != exitValid {
		t.Fatalf("template: exit %d (%s)", code, stderr)
	}
	code, stdout, _ := runCmd(t, "check", blank, "../../testdata/haizhu-kexie-2023.xlsx")
	if code != exitFindings {
		t.Errorf("exit %d, want %d", code, exitFindings)
	}
	for _, want := range []string{
		blank + ": 未填写（错误 0，警告 0，",
		"部门整体支出绩效评价评分表  部门评分表    未填写",
		"共 2 个文件：通过 1，有错误 0，未填写 1，无法读取 0；共 5 张表，评定等级 2 张：优 2 良 0 中 0 差 0 未填写 2",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}
