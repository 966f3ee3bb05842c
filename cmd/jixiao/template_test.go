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
