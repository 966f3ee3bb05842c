package evaluationtest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
)

// AssertValid evaluates the workbook at path and fails the test when the
// report has an error finding. The failure lists every error finding with
// its code, sheet and cell, the expected and actual values, the message (in
// the language of the options, Chinese by default) and the suggested fix,
// in Chinese and in English:
//
//	2023/自评表.xlsx: 1 error finding
//	JX103 部门整体支出绩效自评表!B16: expected 283.79, actual 236.79
//	  支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。
//	  建议将 D16 改为 14.74。(Fix: set D16 to 14.74.)
//
// A workbook that cannot be read, or that holds no form jixiao recognises,
// stops the test with t.Fatalf. WithOptions chooses the evaluation options;
// without it the zero value is used.
func AssertValid(t testing.TB, path string, opts ...Option) {
	t.Helper()
	rep, ok := evaluate(t, path, settingsOf(opts).eval)
	if !ok {
		return
	}
	if errs := rep.Errors(); len(errs) > 0 {
		t.Errorf("%s", describeErrors(path, errs))
	}
}

// describeErrors renders the failure message of AssertValid.
func describeErrors(path string, errs []evaluation.Finding) string {
	var b strings.Builder
	noun := "error findings"
	if len(errs) == 1 {
		noun = "error finding"
	}
	fmt.Fprintf(&b, "%s: %d %s", path, len(errs), noun)
	for _, f := range errs {
		fmt.Fprintf(&b, "\n%s %s!%s", f.Code, f.Sheet, f.Cell)
		var values []string
		if f.Expected != "" {
			values = append(values, "expected "+f.Expected)
		}
		if f.Actual != "" {
			values = append(values, "actual "+f.Actual)
		}
		if len(values) > 0 {
			b.WriteString(": " + strings.Join(values, ", "))
		}
		if f.Message != "" {
			b.WriteString("\n  " + f.Message)
		}
		if f.Fix != nil {
			fmt.Fprintf(&b, "\n  %s(%s)", present.Fix(present.ZH, f.Fix.Cell, f.Fix.Value), present.Fix(present.EN, f.Fix.Cell, f.Fix.Value))
		}
	}
	return b.String()
}

// evaluate evaluates the workbook, stopping the test when it cannot be read.
// The evaluation is synchronous and bounded by the read limits, so it needs
// no context of the test's.
func evaluate(t testing.TB, path string, opts evaluation.Options) (*evaluation.Report, bool) {
	t.Helper()
	rep, err := evaluation.Evaluate(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("evaluationtest: %v", err)
		return nil, false
	}
	return rep, true
}
