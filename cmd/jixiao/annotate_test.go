package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/xlsx"
)

func TestAnnotateCommand(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.xlsx")
	for _, tc := range []struct {
		name       string
		args       []string
		want       int
		stdout     string // a part of stdout, or ""
		stderr     string // a part of stderr, or ""
		wantOutput bool
	}{
		{"valid", []string{"annotate", valid, "-o", out}, exitValid, "已写入批注版：" + out, "", true},
		{"errors", []string{"annotate", "-o", out, asReported}, exitFindings, "建议将 D16 改为 14.74", "", true},
		{"english", []string{"annotate", "--lang", "en", "-o", out, asReported}, exitFindings, "annotated copy written: " + out, "", true},
		{"disabled", []string{"annotate", "--disable", "JX103,jx104", "-o", out, asReported}, exitValid, "", "", true},
		{"no -o", []string{"annotate", asReported}, exitTrouble, "", "usage: jixiao annotate", false},
		{"two inputs", []string{"annotate", "-o", out, valid, asReported}, exitTrouble, "", "usage: jixiao annotate", false},
		{"same file", []string{"annotate", "-o", asReported, asReported}, exitTrouble, "", "-o 不能是输入文件本身", false},
		{"missing input", []string{"annotate", "-o", out, "no-such.xlsx"}, exitTrouble, "", "文件不存在", false},
		{"output in a missing directory", []string{"annotate", "-o", filepath.Join(dir, "no", "out.xlsx"), asReported}, exitTrouble, "", "无法写入", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.Remove(out)
			got, stdout, stderr := runCmd(t, tc.args...)
			if got != tc.want {
				t.Errorf("exit %d, want %d (stderr %q)", got, tc.want, stderr)
			}
			if !strings.Contains(stdout, tc.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tc.stdout, stdout)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, stderr)
			}
			wb, err := xlsx.Open(context.Background(), out, xlsx.Options{})
			switch {
			case tc.wantOutput && err != nil:
				t.Errorf("no annotated copy: %v", err)
			case tc.wantOutput && wb.Sheets[0].Name != "核查结果" && wb.Sheets[0].Name != "Check results":
				t.Errorf("first sheet %q, want the summary", wb.Sheets[0].Name)
			case !tc.wantOutput && err == nil:
				t.Errorf("%s written although the command failed", out)
			}
		})
	}
}

// An output that cannot be written is named as given, with the cause, and
// never by the name of the temporary file the copy is written through.
func TestAnnotateUnwritableOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "no", "such", "dir", "out.xlsx")
	code, _, stderr := runCmd(t, "annotate", "-o", out, valid)
	if code != exitTrouble || !strings.Contains(stderr, "无法写入 "+out+"：") || strings.Contains(stderr, ".tmp") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
