package evaluation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// A fund block whose total line is not recognised (on a sheet that holds
// nothing else, a funds form) cannot have its sums
// checked: the form's coverage says so, with the header cells of the
// measures it could not add up, instead of passing in silence.
func TestCoverageSaysWhatWasNotChecked(t *testing.T) {
	wb := departmentOnly(
		testgen.BudgetLine{Label: "资金盘子", Initial: "283.79", Adjusted: "283.79", Executed: "283.79", Rate: "1"},
		testgen.BudgetLine{Label: "其中：财政拨款", Initial: "283.79", Adjusted: "283.79", Executed: "283.79", Rate: "1"},
		testgen.BudgetLine{Label: "      其他资金", Initial: "0", Adjusted: "0", Executed: "0", Rate: "—"},
	)
	_, rep := check(t, wb)
	layout, err := wb.Layout()
	if err != nil {
		t.Fatal(err)
	}
	var headers []string
	for _, col := range []string{"initial", "adjusted", "executed"} {
		headers = append(headers, layout.Cell("dept.budget.header."+col))
	}
	want := &evaluation.FormCoverage{
		Checked: []string{"JX005", "JX101", "JX102", "JX201", "JX202", "JX203"},
		NotChecked: []evaluation.Gap{
			{Code: "JX101", Reason: "未找到“年度资金总额”行", Cells: headers},
			{Code: "JX102", Reason: "未找到“年度资金总额”行", Cells: headers},
		},
	}
	if len(rep.Forms) != 1 {
		t.Fatalf("forms: %+v", rep.Forms)
	}
	if diff := cmp.Diff(want, rep.Forms[0].Coverage); diff != "" {
		t.Errorf("coverage (-want +got):\n%s", diff)
	}
}
