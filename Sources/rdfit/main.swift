import RDFitCommand

RDFitCommandLine.runAsMain()
