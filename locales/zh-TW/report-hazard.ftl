# A hazard nobody is hurt by yet, still live, told outside a report (QA31 #2): what to do now, then the way to report it.
report-hazard-electric = ⚠️ 先別靠近，也提醒大家先別用、別在那充電；能安全斷電就拔插頭或拉閘；一旦冒煙起火，馬上離開並撥打 { $fire }。
report-hazard-other = ⚠️ 先離遠一點，也提醒身邊的人別靠近。
report-hazard-offer = 這個隱患可以交給支部按緊急事項處理：點下面的按鈕，您剛才說的話會直接帶進反映裡。
