package testgen_test

import (
	"fmt"

	"github.com/jixiao-go/jixiao/internal/testgen"
)

// Plant the narrative's figure in the economic classification and ask where
// it lands, in the reference layout and in a shuffled, offset one.
func ExampleReference() {
	w := testgen.Reference()
	w.Department.Matrix.Values[0][2] = "61.74" // 基本支出 × 商品和服务支出
	key := "dept.matrix[基本支出][商品和服务支出]"
	fmt.Println(w.Where(key))

	w.Style = testgen.Style{ColumnOrder: testgen.ShuffledColumns(), Offset: testgen.Offset{Cols: 1, Rows: 2}}
	l, err := w.Layout()
	if err != nil {
		panic(err)
	}
	fmt.Println(l[key])
	if _, err := w.Bytes(); err != nil {
		panic(err)
	}
	// Output:
	// D16
	// 部门整体支出绩效自评表!G22
}
