# A mistyped command close to one the person may use here.
error-unknown-command-near = 没有 /{ $command } 这个命令。您是想用 /{ $near } 吗？
