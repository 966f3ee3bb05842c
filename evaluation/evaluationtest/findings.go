package evaluationtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
)

// AssertFindings evaluates the workbook at path and fails the test, with a
// diff (-want +got), unless its findings equal want, in the report's order
// (by sheet, row, column and code). Unexported fields are ignored, and a nil
// slice equals an empty one (want may be nil for a workbook without
// findings; Related may be nil for a finding without related cells). Options
// choose the evaluation.Options and loosen the comparison:
//
//	evaluationtest.AssertFindings(t, path, want,
//		evaluationtest.WithOptions(evaluation.Options{Disable: []string{"JX001"}}),
//		evaluationtest.IgnoreMessages())
//
// A workbook that cannot be read stops the test with t.Fatalf.
func AssertFindings(t testing.TB, path string, want []evaluation.Finding, opts ...Option) {
	t.Helper()
	s := settingsOf(opts)
	rep, ok := evaluate(t, path, s.eval)
	if !ok {
		return
	}
	cmpOpts := append([]cmp.Option{
		cmpopts.IgnoreUnexported(evaluation.Finding{}),
		cmpopts.EquateEmpty(),
	}, s.cmpOpts...)
	if diff := cmp.Diff(want, rep.Findings, cmpOpts...); diff != "" {
		t.Errorf("evaluationtest: %s: findings differ (-want +got):\n%s", path, diff)
	}
}
