print("kubespark")
