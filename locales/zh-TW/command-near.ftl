# A mistyped command close to one the person may use here.
error-unknown-command-near = 沒有 /{ $command } 這個指令。您是想用 /{ $near } 嗎？
