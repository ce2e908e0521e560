/** Entry point of the client bundle: styles, then the app mounted in #root. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { configureDutchValidation } from "../shared/api/validationMessages.js";
import { App } from "./App.js";
import "./styles/app.css";

configureDutchValidation();

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
