package label_test

import (
	"fmt"

	"github.com/jixiao-go/jixiao/internal/label"
)

func ExampleNormalize() {
	fmt.Println(label.Normalize("年度部门整 体支出\n规模"))
	fmt.Println(label.Normalize("其中：财政拨款（万元）"))
	fmt.Println(label.StripLinePrefix(label.Normalize("按支出性质分：基本支出")))
	fmt.Println(label.StripWeight(label.Normalize("产出指标（50分）")))
	// Output:
	// 年度部门整体支出规模
	// 其中:财政拨款(万元)
	// 基本支出
	// 产出指标 50
}
