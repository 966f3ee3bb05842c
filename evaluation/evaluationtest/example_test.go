package evaluationtest_test

import (
	"fmt"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation/evaluationtest"
)

// printingTB stands in for the *testing.T of a department's test: it prints
// what go test would report. (A real test fails instead; see below.)
type printingTB struct{ testing.TB }

func (printingTB) Helper() {}

func (printingTB) Errorf(format string, args ...any) {
	fmt.Printf("--- FAIL\n"+format+"\n", args...)
}

func (printingTB) Fatalf(format string, args ...any) {
	fmt.Printf("--- FAIL (fatal)\n"+format+"\n", args...)
}

// A department checks its workbook in its own repository with a test such as
//
//	func TestWorkbook2023(t *testing.T) {
//		evaluationtest.AssertValid(t, "2023/自评表.xlsx")
//	}
//
// For a workbook the bureau would reject, go test fails with every error
// finding: the code and the cell, the value expected and the value found, the
// message, and the value that mends it. Here the department typed 61.74, its
// whole 商品和服务支出, into the 基本支出 row, where 14.74 belongs.
func ExampleAssertValid() {
	var t testing.TB = printingTB{} // in a real test, the test's *testing.T
	evaluationtest.AssertValid(t, "../../testdata/haizhu-kexie-2023-as-reported.xlsx")
	// Output:
	// --- FAIL
	// ../../testdata/haizhu-kexie-2023-as-reported.xlsx: 2 error findings
	// JX103 部门整体支出绩效自评表!B16: expected 283.79, actual 236.79
	//   支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。
	//   建议将 D16 改为 14.74。(Fix: set D16 to 14.74.)
	// JX104 部门整体支出绩效自评表!D18: expected 108.74, actual 61.74
	//   支出经济分类“商品和服务支出”列：合计应为各项之和 108.74，表中填写 61.74，相差 47.00。
	//   建议将 D16 改为 14.74。(Fix: set D16 to 14.74.)
}
