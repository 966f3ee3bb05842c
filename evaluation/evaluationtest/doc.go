// Package evaluationtest provides helpers for checking self-evaluation
// workbooks in Go tests, as net/http/httptest does for HTTP handlers.
//
// A department that keeps its 预算绩效自评表 in a Go repository can make
// go test refuse a workbook the finance bureau would reject:
//
//	package selfeval_test
//
//	import (
//		"testing"
//
//		"github.com/jixiao-go/jixiao/evaluation/evaluationtest"
//	)
//
//	func TestWorkbook2023(t *testing.T) {
//		evaluationtest.AssertValid(t, "2023/自评表.xlsx")
//	}
//
// AssertValid fails the test when the workbook has an error finding, and
// names every such finding: its code, the cell, what was expected and what
// was found, the message and the value that would mend it. Warnings and
// info findings never fail it.
//
// AssertFindings compares the findings with a list the test expects, and
// AssertGolden compares the whole report, as JSON, with a golden file; run
//
//	go test -evaluationtest.update
//
// to rewrite the golden files from the current reports (a test binary that
// declares its own boolean -update flag may use go test -update instead).
//
// Every helper takes a testing.TB, marks itself with t.Helper, stops the
// test with t.Fatalf when the workbook cannot be read, and reports the
// failures with t.Errorf.
package evaluationtest
