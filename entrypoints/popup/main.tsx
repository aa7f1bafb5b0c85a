import { render } from 'preact';

render(<p>سياق</p>, document.getElementById('app')!);
