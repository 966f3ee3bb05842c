package main

import (
	"os"
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
	want := "  部门整体支出绩效自评表: 核对 6 项；未核对：JX101 未找到“年度资金总额”行（B7、C7、D7）；未核对：JX102 未找到“年度资金总额”行（B7、C7、D7）\n"
	if !strings.Contains(stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, stdout)
	}
	_, stdout, _ = runCmd(t, "check", "--lang", "en", path)
	want = "  部门整体支出绩效自评表: 6 checks ran; not checked: JX101 no 年度资金总额 line was found (B7, C7, D7); not checked: JX102 no 年度资金总额 line was found (B7, C7, D7)\n"
	if !strings.Contains(stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, stdout)
	}
}

// --vocabulary adds a bureau's words: a project sheet that says 全年可用资金
// for 全年预算数 has its fund block checked; a file that cannot be read is a
// usage error that names the line.
func TestCheckVocabularyFlag(t *testing.T) {
	dir := t.TempDir()
	wb := testgen.Reference()
	wb.Style.AdjustedWord = "全年可用资金"
	wb.Department, wb.Score = nil, nil
	wb.Projects[0].Funds[0].Executed = "40"
	path := filepath.Join(dir, "bureau.xlsx")
	if err := wb.Write(path); err != nil {
		t.Fatal(err)
	}
	words := filepath.Join(dir, "words.txt")
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(words, []byte("# 本局用语\nmeasure.adjusted: 全年可用资金\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("measure.adjusted 全年可用资金\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, without, _ := runCmd(t, "check", path)
	code, with, _ := runCmd(t, "check", "--vocabulary", words, path)
	if strings.Contains(without, "JX201") || !strings.Contains(with, "JX201") || code != exitFindings {
		t.Errorf("exit %d; without the file:\n%s\nwith it:\n%s", code, without, with)
	}
	code, _, stderr := runCmd(t, "check", "--vocabulary", bad, path)
	if code != exitTrouble || !strings.Contains(stderr, "bad.txt:1:") {
		t.Errorf("a bad file: exit %d, stderr %q", code, stderr)
	}
}

// Sheet names that reorder or hide text are written out on the terminal.
func TestCheckTextWritesOutHiddenCharacters(t *testing.T) {
	wb := testgen.Reference()
	wb.Score, wb.Projects = nil, nil
	wb.Department.SheetName = "部门\u202e表\u200b"
	path := filepath.Join(t.TempDir(), "dept.xlsx")
	if err := wb.Write(path); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := runCmd(t, "check", path)
	if strings.ContainsAny(stdout, "\u202e\u200b") || !strings.Contains(stdout, "部门<U+202E>表<U+200B>") {
		t.Errorf("stdout:\n%s", stdout)
	}
}
