package present_test

import (
	"fmt"

	"github.com/jixiao-go/jixiao/present"
)

func ExampleMessage() {
	row := present.Text{ZH: "支出经济分类“{label}”行", EN: "economic classification, row {label}"}
	failed := present.Text{ZH: "{what}：合计应为 {expected}，表中填写 {actual}。", EN: "{what}: the total should be {expected} but reads {actual}."}
	m := present.New(&failed,
		present.M("what", present.New(&row, present.S("label", "基本支出"))),
		present.S("expected", "283.79"), present.S("actual", "236.79"))
	fmt.Println(m.In(present.ZH))
	fmt.Println(m.In(present.EN))
	// Output:
	// 支出经济分类“基本支出”行：合计应为 283.79，表中填写 236.79。
	// economic classification, row 基本支出: the total should be 283.79 but reads 236.79.
}
