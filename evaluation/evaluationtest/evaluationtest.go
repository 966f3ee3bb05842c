package evaluationtest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
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
// stops the test with t.Fatalf. At most one evaluation.Options may be given;
// without one the zero value is used.
func AssertValid(t testing.TB, path string, opts ...evaluation.Options) {
	t.Helper()
	o, ok := oneOptions(t, opts)
	if !ok {
		return
	}
	rep, ok := evaluate(t, path, o)
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
			fmt.Fprintf(&b, "\n  建议将 %s 改为 %s。(Fix: set %s to %s.)", f.Fix.Cell, f.Fix.Value, f.Fix.Cell, f.Fix.Value)
		}
	}
	return b.String()
}

// oneOptions returns the single evaluation.Options of a variadic argument,
// or the zero value; more than one stops the test.
func oneOptions(t testing.TB, opts []evaluation.Options) (evaluation.Options, bool) {
	t.Helper()
	switch len(opts) {
	case 0:
		return evaluation.Options{}, true
	case 1:
		return opts[0], true
	}
	t.Fatalf("evaluationtest: at most one evaluation.Options may be given, got %d", len(opts))
	return evaluation.Options{}, false
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
