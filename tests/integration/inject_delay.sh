#!/bin/sh
# -e inject=...:delay_enter= and delay_exit= hold back the delayed call
# only: four processes delayed at the same time each wait their own 0.3 s
# (sift used to sleep in the tracer, so the last one waited 1.2 s).
. "$(dirname "$0")/lib.sh"
for when in enter exit; do
	"$SIFT" -f -e trace=getppid -e inject=getppid:delay_$when=300000 \
		-o trace "$PROGS/core_delay" > took
	[ "$(grep -c . took)" -eq 4 ] || { cat took; fail "$when: not four children"; }
	while read -r tenths; do
		[ "$tenths" -ge 3 ] || fail "$when: a call was not delayed ($tenths)"
		[ "$tenths" -lt 7 ] || fail "$when: a call waited for the others' delays ($tenths tenths of a second)"
	done < took
	expect_line trace '= [0-9]+ \(DELAYED\)$'
done
exit 0
