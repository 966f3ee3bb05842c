package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	seedWorkbook = "../../testdata/haizhu-kexie-2023.xlsx"
	seedReport   = "../../testdata/haizhu-kexie-2023-report.txt"
)

// check --report finds the 基本支出 sentence of the real report, in text
// and in JSON, and says where it stands.
func TestCheckWithReport(t *testing.T) {
	code, stdout, stderr := runCmd(t, "check", "--report", seedReport, seedWorkbook)
	if code != exitFindings {
		t.Fatalf("exit %d (%s)", code, stderr)
	}
	if !strings.Contains(stdout, "错误 JX501 部门整体支出绩效自评表!D16: 报告第 11 段：“基本支出”236.79万元，括号内各项之和为 283.79万元") {
		t.Errorf("output:\n%s", stdout)
	}
	_, stdout, _ = runCmd(t, "check", "--format", "json", "--report", seedReport, seedWorkbook)
	var rep struct {
		Narrative struct {
			Compared int `json:"compared"`
		} `json:"narrative"`
		Findings []struct {
			Code      string `json:"code"`
			Source    string `json:"source"`
			Paragraph int    `json:"paragraph"`
			Quote     string `json:"quote"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Source != "report" || rep.Findings[0].Paragraph != 11 || rep.Findings[0].Quote == "" || rep.Narrative.Compared != 18 {
		t.Errorf("json: %+v", rep)
	}
}

// In a batch, --reports takes the report beside each workbook with its base
// name; --report goes with one workbook only; a report that cannot be read
// is said so, with exit 2.
func TestCheckReportsBesideWorkbooks(t *testing.T) {
	dir := t.TempDir()
	copyFile := func(from, to string) {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(seedWorkbook, "a.xlsx")
	copyFile(seedReport, "a.txt")
	copyFile(seedWorkbook, "b.xlsx") // no report beside it
	code, stdout, stderr := runCmd(t, "check", "--reports", dir)
	if code != exitFindings || strings.Count(stdout, "JX501") != 1 || !strings.Contains(stdout, "b.xlsx: 通过") {
		t.Errorf("exit %d:\n%s\n%s", code, stdout, stderr)
	}
	if code, _, stderr := runCmd(t, "check", "--report", seedReport, seedWorkbook, filepath.Join(dir, "b.xlsx")); code != exitTrouble || !strings.Contains(stderr, "--reports") {
		t.Errorf("--report with two workbooks: exit %d, %s", code, stderr)
	}
	pdf := filepath.Join(dir, "r.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCmd(t, "check", "--report", pdf, seedWorkbook); code != exitTrouble || !strings.Contains(stderr, "save the report as .docx or .txt") {
		t.Errorf("a PDF report: exit %d, %s", code, stderr)
	}
}
