# A hazard nobody is hurt by yet, still live, told outside a report (QA31 #2): what to do now, then the way to report it.
report-hazard-electric = ⚠️ 先别靠近，也提醒大家先别用、别在那充电；能安全断电就拔插头或拉闸；一旦冒烟起火，马上离开并拨打 { $fire }。
report-hazard-other = ⚠️ 先离远一点，也提醒身边的人别靠近。
report-hazard-offer = 这个隐患可以交给支部按紧急事项处理：点下面的按钮，您刚才说的话会直接带进反映里。
