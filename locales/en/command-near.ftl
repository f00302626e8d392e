# A mistyped command close to one the person may use here.
error-unknown-command-near = There is no /{ $command } command. Did you mean /{ $near }?
