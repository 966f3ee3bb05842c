package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

const (
	valid      = "../../testdata/haizhu-kexie-2023.xlsx"
	asReported = "../../testdata/haizhu-kexie-2023-as-reported.xlsx"
)

func TestCheckExitCodes(t *testing.T) {
	notXLSX := filepath.Join(t.TempDir(), "upload.xlsx")
	if err := os.WriteFile(notXLSX, []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"valid", []string{"check", valid}, exitValid},
		{"errors", []string{"check", asReported}, exitFindings},
		{"valid and errors", []string{"check", valid, asReported}, exitFindings},
		{"unreadable beats errors", []string{"check", asReported, notXLSX}, exitTrouble},
		{"missing file", []string{"check", "no-such.xlsx"}, exitTrouble},
		{"no files", []string{"check"}, exitTrouble},
		{"bad format", []string{"check", "--format", "xml", valid}, exitTrouble},
		{"unknown command", []string{"frobnicate"}, exitTrouble},
		{"no args", nil, exitTrouble},
		{"rules", []string{"rules"}, exitValid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _, stderr := runCmd(t, tc.args...); got != tc.want {
				t.Errorf("exit %d, want %d (stderr %q)", got, tc.want, stderr)
			}
		})
	}
}

func TestCheckJSONShape(t *testing.T) {
	notXLSX := filepath.Join(t.TempDir(), "upload.xlsx")
	if err := os.WriteFile(notXLSX, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "check", "--format", "json", valid, notXLSX, asReported)
	if code != exitTrouble {
		t.Errorf("exit %d, want %d", code, exitTrouble)
	}
	errLines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(errLines) != 2 || !strings.Contains(errLines[0], "upload.xlsx") || !strings.HasPrefix(errLines[1], "共 3 个文件：通过 1，有错误 1，无法读取 1") {
		t.Errorf("stderr should be one line naming the file and the summary, got %q", stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("want one JSON line per file, readable or not, got %d:\n%s", len(lines), stdout)
	}
	// The unreadable file has its record, in input order, with a code.
	var bad struct {
		File  string
		Valid bool
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal([]byte(lines[1]), &bad); err != nil {
		t.Fatal(err)
	}
	if bad.File != notXLSX || bad.Valid || bad.Error.Code != "not-xlsx" || !strings.Contains(bad.Error.Message, "upload.xlsx") {
		t.Errorf("unreadable record %+v", bad)
	}
	lines = append(lines[:1], lines[2])
	type fix struct{ Cell, Value string }
	type finding struct {
		Code, Severity, Sheet, Cell string
		Related                     []string
		Expected, Actual, Message   string
		Fix                         *fix
	}
	type form struct {
		Sheet, Kind  string
		Score, Grade *string
	}
	type report struct {
		File     string
		Valid    bool
		Forms    []form
		Findings []finding
	}
	var got report
	if err := json.Unmarshal([]byte(lines[1]), &got); err != nil {
		t.Fatal(err)
	}
	s := func(v string) *string { return &v }
	want := report{
		File:  asReported,
		Valid: false,
		Forms: []form{
			{Sheet: "部门整体支出绩效自评表", Kind: "department"},
			{Sheet: "部门整体支出绩效评价评分表", Kind: "score", Score: s("96.95"), Grade: s("优")},
			{Sheet: "项目支出绩效自评表", Kind: "project", Score: s("99.68"), Grade: s("优")},
		},
		Findings: []finding{
			{Code: "JX103", Severity: "error", Sheet: "部门整体支出绩效自评表", Cell: "B16",
				Related: []string{"C16", "D16", "E16", "F16"}, Expected: "283.79", Actual: "236.79",
				Message: "支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。",
				Fix:     &fix{"D16", "14.74"}},
			{Code: "JX104", Severity: "error", Sheet: "部门整体支出绩效自评表", Cell: "D18",
				Related: []string{"D16", "D17"}, Expected: "108.74", Actual: "61.74",
				Message: "支出经济分类“商品和服务支出”列：合计应为各项之和 108.74，表中填写 61.74，相差 47.00。",
				Fix:     &fix{"D16", "14.74"}},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON report (-want +got):\n%s", diff)
	}
	// The keys themselves, not only what Go's case-insensitive decoding matched.
	for _, key := range []string{`"file":`, `"valid":`, `"forms":`, `"findings":`, `"related":`, `"expected":`, `"fix":{"cell":"D16","value":"14.74"}`} {
		if !strings.Contains(lines[1], key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestCheckTextNamesCellsAndFix(t *testing.T) {
	_, stdout, _ := runCmd(t, "check", asReported)
	for _, want := range []string{"不通过", "JX103 部门整体支出绩效自评表!B16", "建议将 D16 改为 14.74", "得分 96.95", "等级 优",
		"部门整体支出绩效评价评分表: 重算 20/25 项得分，全部一致；5 项需人工核定", "项目支出绩效自评表: 重算 7/7 项得分，全部一致"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, stdout)
		}
	}
	_, stdout, _ = runCmd(t, "check", "--lang", "en", asReported)
	if !strings.Contains(stdout, "Fix: set D16 to 14.74.") || !strings.Contains(stdout, "recomputed 20/25 scores, all consistent; 5 need a person's count") {
		t.Errorf("English output lacks the fix:\n%s", stdout)
	}
}

func TestFlagsAfterFiles(t *testing.T) {
	code, stdout, _ := runCmd(t, "check", asReported, "--disable", "JX103,jx104", "--format", "json")
	if code != exitValid || !strings.Contains(stdout, `"valid":true`) {
		t.Errorf("flags after the file were not applied: exit %d, %s", code, stdout)
	}
}

// An unknown language or code is refused with a message that says what
// there is, not accepted in silence; rules explains the codes given.
func TestUnknownLanguageAndCodeRefused(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "--lang", "fr", valid}, `unknown language "fr" (want zh or en)`},
		{[]string{"check", "--disable", "JX999", valid}, "JX999"},
		{[]string{"rules", "JX999"}, "没有代码为 JX999 的核对项"},
	} {
		code, stdout, stderr := runCmd(t, tc.args...)
		if code != exitTrouble || stdout != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", tc.args, code, stdout, stderr)
		}
	}
	code, stdout, _ := runCmd(t, "rules", "jx103")
	if code != exitValid || !strings.HasPrefix(stdout, "JX103 ") || strings.Contains(stdout, "JX104") {
		t.Errorf("rules jx103: exit %d, %q", code, stdout)
	}
}
