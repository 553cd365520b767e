package benchcpu

import "testing"

func TestSecondsAdvances(t *testing.T) {
	t0 := Seconds()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i ^ (x >> 3)
	}
	if x == 42 {
		t.Log(x)
	}
	if t1 := Seconds(); t1 <= t0 {
		t.Skipf("CPU time did not advance (%v -> %v): not measured here", t0, t1)
	}
}
